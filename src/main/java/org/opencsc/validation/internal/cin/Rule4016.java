package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * No CIN plan may start (CINPlanStartDate) while a child protection plan of the child is running:
 * on or after its CPPstartDate and before its CPPendDate, or up to the reference date when it has
 * no end. A CIN plan may start on the day a protection plan ends.
 */
@DfeRule(
    code = "4016",
    fields = {"CINPlanStartDate", "CPPstartDate", "CPPendDate"},
    advice =
        "A child is on a child protection plan or a CIN plan, not both: check the CIN plan's start"
            + " date and the protection plan's end date.")
final class Rule4016 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    LocalDate reference = child.census().periodEnd();
    for (XmlNode plan : PlanDates.all(child, "CINPlanDates")) {
      LocalDate started = plan.date("CINPlanStartDate");
      if (started == null) {
        continue;
      }
      for (XmlNode protection : PlanDates.all(child, "ChildProtectionPlans")) {
        if (PlanDates.during(
            started, protection.date("CPPstartDate"), protection.date("CPPendDate"), reference)) {
          out.flag(plan, "CINPlanStartDate").flag(protection, "CPPstartDate", "CPPendDate");
        }
      }
    }
  }
}
