package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * An assessment still open at the reference date (no AssessmentAuthorisationDate) started within
 * the last 45 working days of the census year: one open longer than the 45 working days Working
 * Together allows is a query.
 */
@DfeRule(
    code = "8670Q",
    fields = {"AssessmentActualStartDate", "AssessmentAuthorisationDate", "ReferenceDate"},
    advice =
        "Record the assessment's authorisation date if it was completed; if it is still open,"
            + " give the DfE the reason it has taken longer than 45 working days.")
final class Rule8670Q implements Rule<CinChild> {

  static final int WORKING_DAYS = 45;

  @Override
  public void check(CinChild child, RuleOutput out) {
    LocalDate earliest = null;
    for (XmlNode details : child.details()) {
      for (XmlNode assessment : details.all("Assessments")) {
        LocalDate started = assessment.date("AssessmentActualStartDate");
        if (started == null || assessment.text("AssessmentAuthorisationDate") != null) {
          continue;
        }
        if (earliest == null) {
          earliest = EnglandWorkingDays.before(child.census().periodEnd(), WORKING_DAYS);
        }
        if (started.isBefore(earliest)) {
          out.flag(assessment, "AssessmentActualStartDate", "AssessmentAuthorisationDate");
        }
      }
    }
  }
}
