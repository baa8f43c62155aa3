package org.opencsc.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.generator.model.ChildHistory;
import org.opencsc.generator.model.ChildHistory.*;

/** Builds one {@link ChildHistory} by hand for tests: add the rows you need, in date order. */
public final class ChildHistoryBuilder {

  private final Child child;
  public final List<String> disabilities = new ArrayList<>();
  public final List<Contact> contacts = new ArrayList<>();
  public final List<Referral> referrals = new ArrayList<>();
  public final List<Assessment> assessments = new ArrayList<>();
  public final List<CinPlan> cinPlans = new ArrayList<>();
  public final List<StrategyDiscussion> strategyDiscussions = new ArrayList<>();
  public final List<Section47> section47s = new ArrayList<>();
  public final List<Icpc> icpcs = new ArrayList<>();
  public final List<CpPlan> cpPlans = new ArrayList<>();
  public final List<CpReview> cpReviews = new ArrayList<>();
  public final List<CpVisit> cpVisits = new ArrayList<>();
  public final List<EpisodeOfCare> episodes = new ArrayList<>();
  public final List<ClaReview> claReviews = new ArrayList<>();
  public final List<ClaVisit> claVisits = new ArrayList<>();
  public final List<HealthCheck> healthChecks = new ArrayList<>();
  public final List<Pep> peps = new ArrayList<>();
  public final List<MissingEpisode> missingEpisodes = new ArrayList<>();
  public final List<CareLeaverContact> careLeaverContacts = new ArrayList<>();
  public final List<Allocation> allocations = new ArrayList<>();
  public Adoption adoption;
  public PreviousPermanence previousPermanence;

  private ChildHistoryBuilder(Child child) {
    this.child = child;
  }

  /** A child with a UPN unknown code UN1, not UASC, not a mother. */
  public static ChildHistoryBuilder aChild(String id, String sex, String dob, String ethnicity) {
    return new ChildHistoryBuilder(
        new Child(id, null, "UN1", sex, d(dob), null, null, ethnicity, false, null, null, null));
  }

  public static ChildHistoryBuilder aChild(Child child) {
    return new ChildHistoryBuilder(child);
  }

  public static LocalDate d(String isoDate) {
    return isoDate == null ? null : LocalDate.parse(isoDate);
  }

  /** An episode of care; {@code dec} and {@code rec} both null while it continues. */
  public ChildHistoryBuilder episode(
      String id, String decom, String rne, String ls, String place, String dec, String rec) {
    episodes.add(
        new EpisodeOfCare(
            id, d(decom), rne, ls, "N1", place, "PR1", d(dec), rec, null, "LS1", "LS2", 2.5, null));
    return this;
  }

  public ChildHistoryBuilder allocation(
      String id, String worker, String team, String start, String end, String reason) {
    allocations.add(new Allocation(id, worker, team, d(start), d(end), reason));
    return this;
  }

  public ChildHistoryBuilder referral(
      String id, String date, String source, String closed, String reason) {
    referrals.add(new Referral(id, d(date), source, "N1", d(closed), reason, false));
    return this;
  }

  public ChildHistory build() {
    return new ChildHistory(
        child,
        disabilities,
        contacts,
        List.of(),
        referrals,
        assessments,
        cinPlans,
        List.of(),
        strategyDiscussions,
        section47s,
        icpcs,
        cpPlans,
        cpReviews,
        cpVisits,
        episodes,
        claReviews,
        claVisits,
        healthChecks,
        peps,
        missingEpisodes,
        careLeaverContacts,
        adoption,
        previousPermanence,
        allocations);
  }
}
