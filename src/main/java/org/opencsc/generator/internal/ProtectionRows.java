package org.opencsc.generator.internal;

import static org.opencsc.generator.internal.Journey.NONE;
import static org.opencsc.generator.internal.OrganisationFactory.date;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.generator.internal.Journey.Need;
import org.opencsc.generator.model.ChildHistory.CpPlan;
import org.opencsc.generator.model.ChildHistory.CpReview;
import org.opencsc.generator.model.ChildHistory.CpVisit;
import org.opencsc.generator.model.ChildHistory.Icpc;
import org.opencsc.generator.model.ChildHistory.Section47;
import org.opencsc.generator.model.ChildHistory.StrategyDiscussion;

/** Strategy discussions, section 47 enquiries, ICPCs, CP plans with their reviews and visits. */
final class ProtectionRows {

  /** Local standard: CP visits at least every 10 working days; about 12% of intervals late. */
  static final int CP_VISIT_WORKING_DAYS = 10;

  static final double CP_VISIT_LATE = 0.12;

  private static final Weighted CATEGORY =
      new Weighted("NEG:50", "EMO:38", "PHY:6", "SAB:4", "MUL:2");

  final List<StrategyDiscussion> strategyDiscussions = new ArrayList<>();
  final List<Section47> section47s = new ArrayList<>();
  final List<Icpc> icpcs = new ArrayList<>();
  final List<CpPlan> cpPlans = new ArrayList<>();
  final List<CpReview> cpReviews = new ArrayList<>();
  final List<CpVisit> cpVisits = new ArrayList<>();

  private final WorkingDays days = WorkingDays.ENGLAND;
  private final String childId;
  private final int periodStart;
  private final int asAt;
  private final Rand rand;

  ProtectionRows(String childId, int periodStart, int asAt, Rand rand) {
    this.childId = childId;
    this.periodStart = periodStart;
    this.asAt = asAt;
    this.rand = rand;
  }

  void add(Need need, int number, String referralId, Visits visits, boolean aged4Plus) {
    if (need.strategyDiscussion == NONE || need.strategyDiscussion > asAt) {
      return;
    }
    String sdId = childId + "-D" + number;
    strategyDiscussions.add(
        new StrategyDiscussion(sdId, referralId, date(need.strategyDiscussion), need.section47));
    if (!need.section47 || need.s47Start > asAt) {
      return;
    }
    String s47Id = childId + "-S" + number;
    boolean ended = need.s47End <= asAt;
    boolean conference = need.icpc != NONE && need.icpc <= asAt;
    int target = days.plus(need.strategyDiscussion, 15);
    section47s.add(
        new Section47(
            s47Id,
            referralId,
            sdId,
            date(need.s47Start),
            ended ? date(need.s47End) : null,
            target <= asAt ? date(Math.max(target, need.s47Start)) : null,
            conference ? date(need.icpc) : null,
            ended && need.icpc == NONE));
    if (!conference) {
      return;
    }
    String icpcId = childId + "-I" + number;
    icpcs.add(new Icpc(icpcId, s47Id, referralId, date(need.icpc), need.cpStart != NONE));
    if (need.cpStart != NONE) {
      plan(need, number, referralId, icpcId, visits, aged4Plus);
    }
  }

  private void plan(
      Need need, int number, String referralId, String icpcId, Visits visits, boolean aged4Plus) {
    String planId = childId + "-P" + number;
    boolean ended = need.cpEnd <= asAt;
    String initial = CATEGORY.pick(rand);
    String latest = rand.chance(0.85) ? initial : CATEGORY.pick(rand);
    cpPlans.add(
        new CpPlan(
            planId,
            referralId,
            icpcId,
            date(need.cpStart),
            ended ? date(need.cpEnd) : null,
            initial,
            latest,
            need.previousCpp));
    int last = Math.min(need.cpEnd, asAt);
    int review = need.cpStart + rand.between(60, 92);
    while (review < last) {
      if (review >= periodStart) {
        String id = planId + "R" + (cpReviews.size() + 1);
        cpReviews.add(new CpReview(id, planId, date(review)));
      }
      review += rand.chance(0.1) ? rand.between(183, 220) : rand.between(150, 182);
    }
    for (int day :
        visits.regular(need.cpStart, last, CP_VISIT_WORKING_DAYS, CP_VISIT_LATE, periodStart)) {
      String id = planId + "V" + (cpVisits.size() + 1);
      boolean seen = rand.chance(0.95);
      cpVisits.add(
          new CpVisit(id, planId, date(day), seen, seen && aged4Plus ? rand.chance(0.6) : null));
    }
  }
}
