package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * An assessment is authorised (AssessmentAuthorisationDate, its end) on or after the day it started
 * (AssessmentActualStartDate).
 */
@DfeRule(
    code = "8608",
    fields = {"AssessmentActualStartDate", "AssessmentAuthorisationDate"},
    advice =
        "Check the assessment's two dates: one of them is mistyped, or they are the wrong way"
            + " round.")
final class Rule8608 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      for (XmlNode assessment : details.all("Assessments")) {
        LocalDate started = assessment.date("AssessmentActualStartDate");
        LocalDate authorised = assessment.date("AssessmentAuthorisationDate");
        if (started != null && authorised != null && started.isAfter(authorised)) {
          out.flag(assessment, "AssessmentActualStartDate", "AssessmentAuthorisationDate");
        }
      }
    }
  }
}
