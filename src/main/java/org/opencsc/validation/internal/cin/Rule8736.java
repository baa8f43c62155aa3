package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * An assessment not yet completed (no AssessmentAuthorisationDate) started in the census year: one
 * started before 1 April and still open belongs to no census unless completed.
 */
@DfeRule(
    code = "8736",
    fields = {"AssessmentActualStartDate", "AssessmentAuthorisationDate", "ReferenceDate"},
    advice =
        "Record the authorisation date of an assessment completed in an earlier year, or correct"
            + " its start date.")
final class Rule8736 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      for (XmlNode assessment : details.all("Assessments")) {
        LocalDate started = assessment.date("AssessmentActualStartDate");
        if (assessment.date("AssessmentAuthorisationDate") == null
            && started != null
            && !CinValues.inCensusYear(started, child)) {
          out.flag(assessment, "AssessmentActualStartDate", "AssessmentAuthorisationDate");
        }
      }
    }
  }
}
