package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * An assessment factor of 18A (physical abuse) is a query: the DfE asks for 18B (child on child) or
 * 18C (adult on child) instead.
 */
@DfeRule(
    code = "8945Q",
    fields = {"AssessmentFactors"},
    advice = "Record the factor as 18B or 18C, whichever the assessment found.")
final class Rule8945Q implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      for (XmlNode assessment : details.all("Assessments")) {
        for (XmlNode factor :
            assessment.child("FactorsIdentifiedAtAssessment").all("AssessmentFactors")) {
          if (factor.text().equalsIgnoreCase("18A")) {
            out.flag(factor, "AssessmentFactors");
          }
        }
      }
    }
  }
}
