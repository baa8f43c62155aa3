package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * A child's CIN plans do not overlap: no plan starts on or after another plan's start and on or
 * before that plan's end (or, for a plan with no end date, the census's reference date). All the
 * child's plans are compared, across episodes.
 */
@DfeRule(
    code = "4014",
    fields = {"CINPlanStartDate", "CINPlanEndDate"},
    advice =
        "Check the plans' dates: a plan recorded twice should be removed, and a plan that ended"
            + " needs its end date before the next one starts.")
final class Rule4014 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    LocalDate reference = child.census().periodEnd();
    List<XmlNode> plans = new ArrayList<>();
    for (XmlNode details : child.details()) {
      for (XmlNode plan : details.all("CINPlanDates")) {
        if (plan.date("CINPlanStartDate") != null) {
          plans.add(plan);
        }
      }
    }
    for (XmlNode plan : plans) {
      LocalDate started = plan.date("CINPlanStartDate");
      for (XmlNode other : plans) {
        if (other == plan) {
          continue;
        }
        LocalDate otherStart = other.date("CINPlanStartDate");
        LocalDate otherEnd = other.date("CINPlanEndDate");
        LocalDate until = otherEnd != null ? otherEnd : reference;
        if (!started.isBefore(otherStart) && !started.isAfter(until)) {
          out.flag(plan, "CINPlanStartDate").flag(other, "CINPlanStartDate", "CINPlanEndDate");
        }
      }
    }
  }
}
