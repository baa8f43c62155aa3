package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * An assessment factor of 19A (sexual abuse) is a query: the DfE asks for 19B (child on child) or
 * 19C (adult on child) instead.
 */
@DfeRule(
    code = "8950Q",
    fields = {"AssessmentFactors"},
    advice = "Record the factor as 19B or 19C, whichever the assessment found.")
final class Rule8950Q implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      for (XmlNode assessment : details.all("Assessments")) {
        for (XmlNode factor :
            assessment.child("FactorsIdentifiedAtAssessment").all("AssessmentFactors")) {
          if (factor.text().equalsIgnoreCase("19A")) {
            out.flag(factor, "AssessmentFactors");
          }
        }
      }
    }
  }
}
