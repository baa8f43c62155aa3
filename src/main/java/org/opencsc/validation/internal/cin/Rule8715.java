package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * A section 47 enquiry's initial child protection conference (DateOfInitialCPC), when given, falls
 * in the census year: 1 April to the reference date.
 */
@DfeRule(
    code = "8715",
    fields = {"DateOfInitialCPC", "ReferenceDate"},
    advice =
        "Correct the conference date; a conference held after the reference date is not yet in"
            + " this census.")
final class Rule8715 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      for (XmlNode s47 : details.all("Section47")) {
        LocalDate conference = s47.date("DateOfInitialCPC");
        if (conference != null && !CinValues.inCensusYear(conference, child)) {
          out.flag(s47, "DateOfInitialCPC");
        }
      }
    }
  }
}
