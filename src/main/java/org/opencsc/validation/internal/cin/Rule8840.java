package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** A child protection plan does not end (CPPendDate) on the day it starts (CPPstartDate). */
@DfeRule(
    code = "8840",
    fields = {"CPPstartDate", "CPPendDate"},
    advice = "Correct the plan's start or end date; a plan that never started is not a plan.")
final class Rule8840 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      for (XmlNode plan : details.all("ChildProtectionPlans")) {
        LocalDate started = plan.date("CPPstartDate");
        if (started != null && started.equals(plan.date("CPPendDate"))) {
          out.flag(plan, "CPPstartDate", "CPPendDate");
        }
      }
    }
  }
}
