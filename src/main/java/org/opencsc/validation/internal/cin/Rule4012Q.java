package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** A CIN plan that starts and ends on the same day is unlikely to be a plan. */
@DfeRule(
    code = "4012Q",
    fields = {"CINPlanStartDate", "CINPlanEndDate"},
    advice =
        "Check the plan's dates; a plan that never ran (for example one replaced the same day by a"
            + " child protection plan) should not be recorded.")
final class Rule4012Q implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      for (XmlNode plan : details.all("CINPlanDates")) {
        LocalDate started = plan.date("CINPlanStartDate");
        if (started != null && started.equals(plan.date("CINPlanEndDate"))) {
          out.flag(plan, "CINPlanStartDate", "CINPlanEndDate");
        }
      }
    }
  }
}
