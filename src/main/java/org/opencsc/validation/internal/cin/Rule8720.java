package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** Every child protection plan has a start date (CPPstartDate) on or before the reference date. */
@DfeRule(
    code = "8720",
    fields = {"CPPstartDate", "ReferenceDate"},
    advice =
        "Record the plan's start date; a plan starting after the reference date belongs to next"
            + " year's census.")
final class Rule8720 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    LocalDate reference = child.census().periodEnd();
    for (XmlNode details : child.details()) {
      for (XmlNode plan : details.all("ChildProtectionPlans")) {
        LocalDate started = plan.date("CPPstartDate");
        if (started == null || started.isAfter(reference)) {
          out.flag(plan, "CPPstartDate");
        }
      }
    }
  }
}
