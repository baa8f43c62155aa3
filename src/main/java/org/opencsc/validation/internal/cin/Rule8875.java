package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * A section 47 enquiry's initial child protection conference (DateOfInitialCPC) is held on a
 * weekday.
 */
@DfeRule(
    code = "8875",
    fields = {"DateOfInitialCPC"},
    advice = "Correct the conference date; conferences are not held on a Saturday or Sunday.")
final class Rule8875 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      for (XmlNode s47 : details.all("Section47")) {
        LocalDate conference = s47.date("DateOfInitialCPC");
        if (conference != null && CinValues.weekend(conference)) {
          out.flag(s47, "DateOfInitialCPC");
        }
      }
    }
  }
}
