package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * A completed assessment (with an AssessmentAuthorisationDate) lists the factors it identified: a
 * query when it lists none (21 says "no factors identified").
 */
@DfeRule(
    code = "8897Q",
    fields = {"AssessmentAuthorisationDate", "AssessmentFactors"},
    advice = "Record the factors identified at the assessment, or 21 if there were none.")
final class Rule8897Q implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      for (XmlNode assessment : details.all("Assessments")) {
        if (assessment.text("AssessmentAuthorisationDate") != null
            && assessment.child("FactorsIdentifiedAtAssessment").text("AssessmentFactors")
                == null) {
          out.flag(assessment, "AssessmentAuthorisationDate", "AssessmentFactors");
        }
      }
    }
  }
}
