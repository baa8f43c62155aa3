package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * An assessment without an authorisation date (not completed) may not list the factors identified
 * at assessment: those are only known once it is completed.
 */
@DfeRule(
    code = "8614",
    fields = {"AssessmentAuthorisationDate", "AssessmentFactors"},
    advice =
        "Either record the assessment's authorisation date, if it was completed, or remove the"
            + " factors until it is.")
final class Rule8614 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      for (XmlNode assessment : details.all("Assessments")) {
        XmlNode factors = assessment.child("FactorsIdentifiedAtAssessment");
        if (assessment.date("AssessmentAuthorisationDate") == null
            && factors.text("AssessmentFactors") != null) {
          out.flag(assessment, "AssessmentAuthorisationDate")
              .flag(factors.child("AssessmentFactors"), "AssessmentFactors");
        }
      }
    }
  }
}
