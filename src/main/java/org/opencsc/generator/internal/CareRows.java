package org.opencsc.generator.internal;

import static org.opencsc.generator.internal.Journey.NONE;
import static org.opencsc.generator.internal.OrganisationFactory.date;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.generator.internal.Journey.CarePeriod;
import org.opencsc.generator.internal.Journey.Episode;
import org.opencsc.generator.model.ChildHistory.Adoption;
import org.opencsc.generator.model.ChildHistory.EpisodeOfCare;
import org.opencsc.generator.model.ChildHistory.PreviousPermanence;

/** SSDA903 episodes of a child's periods of care, and adoption and previous permanence. */
final class CareRows {

  private static final Weighted CATEGORY_OF_NEED =
      new Weighted("N1:65", "N2:3", "N3:3", "N4:7", "N5:12", "N6:2", "N7:1", "N8:7");

  /** The youngest a child starting care can be to have had a previous permanence order. */
  private static final int PERMANENCE_FROM_AGE_DAYS = 365;

  final List<EpisodeOfCare> episodes = new ArrayList<>();
  Adoption adoption;
  PreviousPermanence previousPermanence;

  private final String childId;
  private final int asAt;
  private final Rand rand;
  private final String homePost;

  CareRows(String childId, int asAt, Rand rand) {
    this.childId = childId;
    this.asAt = asAt;
    this.rand = rand;
    this.homePost = "XS" + rand.between(1, 40);
  }

  void add(Journey child, CarePeriod period) {
    boolean firstPeriod = episodes.isEmpty();
    String cin = child.uasc ? "N8" : CATEGORY_OF_NEED.pick(rand);
    List<Episode> list = period.episodes;
    for (int i = 0; i < list.size(); i++) {
      Episode episode = list.get(i);
      if (episode.decom > asAt) {
        break;
      }
      boolean last = i == list.size() - 1;
      int dec = last ? period.end : list.get(i + 1).decom;
      boolean ceased = dec <= asAt;
      String id = childId + "-E" + (episodes.size() + 1);
      episodes.add(
          new EpisodeOfCare(
              id,
              date(episode.decom),
              episode.rne,
              episode.ls,
              cin,
              place(episode.place, dec),
              episode.provider,
              ceased ? date(dec) : null,
              ceased ? (last ? period.rec : "X1") : null,
              ceased ? episode.reasonPlaceChange : null,
              homePost,
              placementPostcode(episode),
              episode.distance,
              episode.urn));
    }
    if (period.placedForAdoption != NONE) {
      adoption(period);
    }
    if (previousPermanence == null && rand.chance(0.06)) {
      String kind = rand.pick(new String[] {"P1", "P2", "P3", "P4"});
      int when = Math.max(child.birth, period.start - rand.between(200, 2000));
      // arranged by Exampleshire itself: the order's authority is needed with its date (rule 630);
      // an order takes months of proceedings, so a child coming into care in their first year
      // has none, and the order is always before the care began (rule 632): before the child's
      // first period of care, as one dated before a later period could fall in an earlier one
      // (the draws are made either way, so that the random stream is unchanged)
      if (firstPeriod && period.start - child.birth >= PERMANENCE_FROM_AGE_DAYS) {
        previousPermanence = new PreviousPermanence(kind, OrganisationFactory.LA_CODE, date(when));
      }
    }
  }

  /**
   * The placement type as recorded at the extract date: an H5 placement still open on {@link
   * Placements#K3_FROM} was recoded K3 (the DfE accepts the open H5 episode of 2023-24 back as K3
   * in 2024-25, rule 503D), so no return from 2024-25 on carries H5.
   */
  private String place(String place, int dec) {
    boolean recoded = place.equals("H5") && dec >= Placements.K3_FROM;
    return recoded && asAt >= Placements.K3_FROM ? "K3" : place;
  }

  /** Not the home postcode district unless placed with parents (DfE rule 392d). */
  private String placementPostcode(Episode episode) {
    boolean same = episode.plPost.equals(homePost) && !episode.place.equals("P1");
    return same ? "XS41" : episode.plPost;
  }

  private void adoption(CarePeriod period) {
    int placed = period.placedForAdoption;
    int decided = Math.max(period.start + 30, placed - rand.between(120, 240));
    if (period.episodes.get(0).ls.equals("E1")) {
      // in care under a placement order from the start: the decision to place for adoption came
      // with it, neither before the care began (rule 1003) nor after the order (rule 554)
      decided = period.start;
    }
    if (decided > asAt) {
      return;
    }
    int matched = Math.max(decided, placed - rand.between(10, 40));
    boolean two = rand.chance(0.8);
    String sex = two ? rand.pick(new String[] {"MF", "MF", "MF", "MF", "FF", "MM"}) : "F1";
    // the adopters' legal status agrees with their sexes (rules 514, 517, 518, 520, 524)
    String[] statuses =
        sex.equals("MF") ? new String[] {"L11", "L11", "L3"} : new String[] {"L12", "L2", "L4"};
    // adopted by the current foster carers when placed with them (A3, A5; rule 335)
    String placement =
        period.episodes.stream()
            .filter(e -> e.decom == placed)
            .map(e -> e.place)
            .findFirst()
            .orElse("A6");
    // DATE_PLACED is the decision to place, the same day as DATE_INT (rule 523); the decision is
    // never reversed here, so DATE_PLACED_CEASED and its reason stay blank (rule 558)
    adoption =
        new Adoption(
            date(decided),
            matched <= asAt ? date(matched) : null,
            placement.equals("A3") || placement.equals("A5"),
            two ? 2 : 1,
            sex,
            two ? rand.pick(statuses) : "L0",
            date(decided),
            null,
            null);
  }
}
