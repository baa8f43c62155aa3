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
              episode.place,
              episode.provider,
              ceased ? date(dec) : null,
              ceased ? (last ? period.rec : "X1") : null,
              ceased ? episode.reasonPlaceChange : null,
              homePost,
              episode.plPost,
              episode.distance,
              episode.urn));
    }
    if (period.placedForAdoption != NONE) {
      adoption(period);
    }
    if (previousPermanence == null && rand.chance(0.06)) {
      String kind = rand.pick(new String[] {"P1", "P2", "P3", "P4"});
      int when = Math.max(child.birth, period.start - rand.between(200, 2000));
      previousPermanence = new PreviousPermanence(kind, null, date(when));
    }
  }

  private void adoption(CarePeriod period) {
    int placed = period.placedForAdoption;
    int decided = Math.max(period.start + 30, placed - rand.between(120, 240));
    if (decided > asAt) {
      return;
    }
    int matched = Math.max(decided, placed - rand.between(10, 40));
    boolean two = rand.chance(0.8);
    String sex = two ? rand.pick(new String[] {"MF", "MF", "MF", "MF", "FF", "MM"}) : "F1";
    boolean adopted = period.end <= asAt;
    adoption =
        new Adoption(
            date(decided),
            matched <= asAt ? date(matched) : null,
            rand.chance(0.2),
            two ? 2 : 1,
            sex,
            two ? rand.pick(new String[] {"L11", "L12", "L2"}) : "L0",
            placed <= asAt ? date(placed) : null,
            adopted && placed <= asAt ? date(period.end) : null,
            adopted && placed <= asAt ? "RD1" : null);
  }
}
