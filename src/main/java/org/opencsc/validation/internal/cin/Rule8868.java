package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * A closed episode of need (with a CINclosureDate) has every section 47 enquiry completed: with a
 * DateOfInitialCPC, or ICPCnotRequired true.
 */
@DfeRule(
    code = "8868",
    fields = {"CINclosureDate", "DateOfInitialCPC", "ICPCnotRequired"},
    advice =
        "Record the enquiry's initial conference date or that no conference was required, or"
            + " remove the closure date if the episode is still open.")
final class Rule8868 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      if (details.text("CINclosureDate") == null) {
        continue;
      }
      for (XmlNode s47 : details.all("Section47")) {
        if (s47.text("DateOfInitialCPC") == null && !CinValues.yes(s47.text("ICPCnotRequired"))) {
          out.flag(details, "CINclosureDate").flag(s47, "DateOfInitialCPC", "ICPCnotRequired");
        }
      }
    }
  }
}
