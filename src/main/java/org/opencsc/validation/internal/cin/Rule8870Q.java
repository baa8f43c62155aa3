package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** A section 47 enquiry's target date for the initial conference is a weekday: a query if not. */
@DfeRule(
    code = "8870Q",
    fields = {"InitialCPCtarget"},
    advice = "Check the target date; a conference is not planned for a Saturday or Sunday.")
final class Rule8870Q implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      for (XmlNode s47 : details.all("Section47")) {
        LocalDate target = s47.date("InitialCPCtarget");
        if (target != null && CinValues.weekend(target)) {
          out.flag(s47, "InitialCPCtarget");
        }
      }
    }
  }
}
