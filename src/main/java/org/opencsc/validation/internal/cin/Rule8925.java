package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** A child protection plan does not end (CPPendDate) before it starts (CPPstartDate). */
@DfeRule(
    code = "8925",
    fields = {"CPPstartDate", "CPPendDate"},
    advice = "Correct the plan's start or end date in the case record.")
final class Rule8925 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      for (XmlNode plan : details.all("ChildProtectionPlans")) {
        LocalDate started = plan.date("CPPstartDate");
        LocalDate ended = plan.date("CPPendDate");
        if (started != null && ended != null && ended.isBefore(started)) {
          out.flag(plan, "CPPstartDate", "CPPendDate");
        }
      }
    }
  }
}
