package org.opencsc.generator.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opencsc.generator.internal.Journey.CarePeriod;
import org.opencsc.generator.internal.Journey.Need;
import org.opencsc.generator.model.ChildHistory;
import org.opencsc.generator.model.ChildHistory.Allocation;
import org.opencsc.generator.model.ChildHistory.Child;
import org.opencsc.generator.model.ChildHistory.HealthCheck;

/** Turns a child's journey into rows: censored at asAt, clipped to the simulated period. */
final class ChildAssembler {

  private final Window window;
  private final Staffing staffing;

  ChildAssembler(Window window, Staffing staffing) {
    this.window = window;
    this.staffing = staffing;
  }

  /** The journey of child index: the same for the same seed, whatever else is generated. */
  static Journey journey(long seed, int index, Window window) {
    return window.simulator().simulate(new Rand(seed, index, Rand.JOURNEY));
  }

  ChildHistory history(long seed, int index) {
    Journey journey = journey(seed, index, window);
    Rand rand = new Rand(seed, index, Rand.DETAIL);
    int asAt = window.asAt();
    int periodStart = window.periodStart();
    Child child = Demographics.child(index, journey, rand, asAt);
    String id = child.childId();
    Visits visits = new Visits(rand);
    ReferralRows referrals = new ReferralRows(id, periodStart, asAt, rand);
    ProtectionRows protection = new ProtectionRows(id, periodStart, asAt, rand);
    CareRows care = new CareRows(id, asAt, rand);
    CareChecks checks = new CareChecks(id, periodStart, asAt, rand, visits);
    boolean aged4 = asAt - journey.birth >= 4 * 365;
    int number = 0;
    for (Need need : journey.needs) {
      number++;
      if (need.closure < periodStart) {
        continue;
      }
      String referralId = referrals.add(need, number, visits, aged4);
      protection.add(need, number, referralId, visits, aged4);
    }
    for (CarePeriod period : journey.care) {
      if (period.end >= periodStart && period.start <= asAt) {
        care.add(journey, period);
        checks.add(journey, period);
      }
    }
    AllocationRows allocations =
        new AllocationRows(
            id, asAt, staffing, new Rand(seed, index, Rand.ALLOCATION), journey.care);
    allocations.add(Segments.of(journey, periodStart, asAt));
    List<Allocation> allocated = allocations.allocations;
    List<HealthCheck> health = new ArrayList<>(checks.healthChecks);
    health.sort(Comparator.comparing(HealthCheck::checkDate));
    return new ChildHistory(
        child,
        Demographics.disabilities(journey, rand),
        referrals.contacts,
        referrals.earlyHelp,
        referrals.referrals,
        referrals.assessments,
        referrals.cinPlans,
        referrals.cinVisits,
        protection.strategyDiscussions,
        protection.section47s,
        protection.icpcs,
        protection.cpPlans,
        protection.cpReviews,
        protection.cpVisits,
        care.episodes,
        checks.reviews,
        checks.visits,
        health,
        checks.peps,
        checks.missing,
        LeaverRows.of(id, journey, allocated, periodStart, asAt, rand),
        care.adoption,
        previousPermanence(care),
        allocated);
  }

  /**
   * The child's previous permanence option, Z1 (none) when the child was in care without one: the
   * SSDA903 asks it of every child starting to be looked after (rule 630).
   */
  private static ChildHistory.@Nullable PreviousPermanence previousPermanence(CareRows care) {
    if (care.previousPermanence != null || care.episodes.isEmpty()) {
      return care.previousPermanence;
    }
    return new ChildHistory.PreviousPermanence("Z1", null, null);
  }
}
