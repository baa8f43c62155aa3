package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * A section 47 enquiry with a date of initial child protection conference must have a start date
 * (S47ActualStartDate), on or before that conference.
 */
@DfeRule(
    code = "8615",
    fields = {"S47ActualStartDate", "DateOfInitialCPC"},
    advice =
        "Record the enquiry's start date, or correct whichever of the two dates is wrong: the"
            + " enquiry starts before its initial conference.")
final class Rule8615 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      for (XmlNode s47 : details.all("Section47")) {
        LocalDate conference = s47.date("DateOfInitialCPC");
        if (conference == null) {
          continue;
        }
        LocalDate started = s47.date("S47ActualStartDate");
        if (started == null || started.isAfter(conference)) {
          out.flag(s47, "S47ActualStartDate", "DateOfInitialCPC");
        }
      }
    }
  }
}
