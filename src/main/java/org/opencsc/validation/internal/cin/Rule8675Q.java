package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * A section 47 enquiry still waiting for its initial conference at the reference date (no
 * DateOfInitialCPC, ICPCnotRequired false) started within the last 15 working days of the census
 * year: the conference is due within 15 working days, so an older one is a query.
 */
@DfeRule(
    code = "8675Q",
    fields = {"S47ActualStartDate", "DateOfInitialCPC", "ICPCnotRequired", "ReferenceDate"},
    advice =
        "Record the date of the initial conference, or that none was required; if it is still to"
            + " be held, give the DfE the reason.")
final class Rule8675Q implements Rule<CinChild> {

  static final int WORKING_DAYS = 15;

  @Override
  public void check(CinChild child, RuleOutput out) {
    LocalDate earliest = null;
    for (XmlNode details : child.details()) {
      for (XmlNode s47 : details.all("Section47")) {
        LocalDate started = s47.date("S47ActualStartDate");
        if (started == null
            || s47.text("DateOfInitialCPC") != null
            || !CinValues.no(s47.text("ICPCnotRequired"))) {
          continue;
        }
        if (earliest == null) {
          earliest = EnglandWorkingDays.before(child.census().periodEnd(), WORKING_DAYS);
        }
        if (started.isBefore(earliest)) {
          out.flag(s47, "S47ActualStartDate", "DateOfInitialCPC");
        }
      }
    }
  }
}
