package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * No child protection plan may start (CPPstartDate) while a CIN plan of the child is running: on or
 * after its CINPlanStartDate and before its CINPlanEndDate, or up to the reference date when it has
 * no end. A protection plan may start on the day a CIN plan ends.
 */
@DfeRule(
    code = "4017",
    fields = {"CPPstartDate", "CINPlanStartDate", "CINPlanEndDate"},
    advice =
        "A CIN plan ends when a child protection plan starts: record the CIN plan's end date on the"
            + " protection plan's start date.")
final class Rule4017 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    LocalDate reference = child.census().periodEnd();
    for (XmlNode protection : PlanDates.all(child, "ChildProtectionPlans")) {
      LocalDate started = protection.date("CPPstartDate");
      if (started == null) {
        continue;
      }
      for (XmlNode plan : PlanDates.all(child, "CINPlanDates")) {
        if (PlanDates.during(
            started, plan.date("CINPlanStartDate"), plan.date("CINPlanEndDate"), reference)) {
          out.flag(protection, "CPPstartDate").flag(plan, "CINPlanStartDate", "CINPlanEndDate");
        }
      }
    }
  }
}
