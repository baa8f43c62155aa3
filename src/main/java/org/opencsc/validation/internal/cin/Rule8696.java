package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * An assessment's end (AssessmentAuthorisationDate), when given, falls in the census year: 1 April
 * to the reference date.
 */
@DfeRule(
    code = "8696",
    fields = {"AssessmentAuthorisationDate", "ReferenceDate"},
    advice =
        "Correct the authorisation date; an assessment authorised after the reference date has no"
            + " authorisation date in this census.")
final class Rule8696 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      for (XmlNode assessment : details.all("Assessments")) {
        LocalDate ended = assessment.date("AssessmentAuthorisationDate");
        if (ended != null && !CinValues.inCensusYear(ended, child)) {
          out.flag(assessment, "AssessmentAuthorisationDate");
        }
      }
    }
  }
}
