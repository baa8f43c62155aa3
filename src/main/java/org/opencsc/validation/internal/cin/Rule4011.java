package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** A CIN plan's end date (CINPlanEndDate) may not be before its start date (CINPlanStartDate). */
@DfeRule(
    code = "4011",
    fields = {"CINPlanEndDate", "CINPlanStartDate"},
    advice =
        "Check the plan's two dates: one of them is mistyped, or they are the wrong way round.")
final class Rule4011 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      for (XmlNode plan : details.all("CINPlanDates")) {
        LocalDate started = plan.date("CINPlanStartDate");
        LocalDate ended = plan.date("CINPlanEndDate");
        if (started != null && ended != null && ended.isBefore(started)) {
          out.flag(plan, "CINPlanEndDate", "CINPlanStartDate");
        }
      }
    }
  }
}
