package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * A section 47 enquiry still waiting for its initial conference at the reference date (no
 * DateOfInitialCPC, ICPCnotRequired false) started in the census year.
 */
@DfeRule(
    code = "8740",
    fields = {"S47ActualStartDate", "DateOfInitialCPC", "ICPCnotRequired", "ReferenceDate"},
    advice =
        "Record the date of the enquiry's initial conference, or that none was required, or"
            + " correct its start date.")
final class Rule8740 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      for (XmlNode s47 : details.all("Section47")) {
        LocalDate started = s47.date("S47ActualStartDate");
        if (s47.date("DateOfInitialCPC") == null
            && CinValues.no(s47.text("ICPCnotRequired"))
            && started != null
            && !CinValues.inCensusYear(started, child)) {
          out.flag(s47, "S47ActualStartDate", "DateOfInitialCPC", "ICPCnotRequired");
        }
      }
    }
  }
}
