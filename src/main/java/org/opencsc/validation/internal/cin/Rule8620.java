package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** A CIN closure date, when given, falls in the census year (1 April to the reference date). */
@DfeRule(
    code = "8620",
    fields = {"CINclosureDate", "ReferenceDate"},
    advice =
        "Correct the closure date; an episode closed before the census year should not be in the"
            + " census, and one not yet closed at the reference date has no closure date.")
final class Rule8620 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      LocalDate closed = details.date("CINclosureDate");
      if (closed != null && !CinValues.inCensusYear(closed, child)) {
        out.flag(details, "CINclosureDate");
      }
    }
  }
}
