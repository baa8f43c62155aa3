package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * A child protection plan's end (CPPendDate), when given, falls in the census year: 1 April to the
 * reference date.
 */
@DfeRule(
    code = "8930",
    fields = {"CPPendDate", "ReferenceDate"},
    advice =
        "Correct the plan's end date; a plan ending after the reference date is still open in"
            + " this census.")
final class Rule8930 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      for (XmlNode plan : details.all("ChildProtectionPlans")) {
        LocalDate ended = plan.date("CPPendDate");
        if (ended != null && !CinValues.inCensusYear(ended, child)) {
          out.flag(plan, "CPPendDate");
        }
      }
    }
  }
}
