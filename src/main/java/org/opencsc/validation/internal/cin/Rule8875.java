package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * An initial child protection conference (DateOfInitialCPC, of the episode or of a section 47
 * enquiry) is held on a weekday.
 */
@DfeRule(
    code = "8875",
    fields = {"DateOfInitialCPC"},
    advice = "Correct the conference date; conferences are not held on a Saturday or Sunday.")
final class Rule8875 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      flagWeekend(details, out);
      for (XmlNode s47 : details.all("Section47")) {
        flagWeekend(s47, out);
      }
    }
  }

  private static void flagWeekend(XmlNode record, RuleOutput out) {
    LocalDate conference = record.date("DateOfInitialCPC");
    if (conference != null && CinValues.weekend(conference)) {
      out.flag(record, "DateOfInitialCPC");
    }
  }
}
