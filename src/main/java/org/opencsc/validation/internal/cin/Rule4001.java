package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * Within one episode, a child protection plan without an end date (CPPendDate) and a CIN plan
 * without an end date (CINPlanEndDate) cannot both be open.
 */
@DfeRule(
    code = "4001",
    fields = {"CPPendDate", "CINPlanEndDate"},
    advice =
        "A CIN plan ends when a child protection plan starts: record the end date of the plan that"
            + " has ended.")
final class Rule4001 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      for (XmlNode protection : details.all("ChildProtectionPlans")) {
        if (protection.text("CPPendDate") != null) {
          continue;
        }
        for (XmlNode plan : details.all("CINPlanDates")) {
          if (plan.text("CINPlanEndDate") == null) {
            out.flag(protection, "CPPendDate").flag(plan, "CINPlanEndDate");
          }
        }
      }
    }
  }
}
