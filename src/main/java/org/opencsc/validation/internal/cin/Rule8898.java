package org.opencsc.validation.internal.cin;

import java.util.HashMap;
import java.util.Map;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** An assessment lists each factor code once. */
@DfeRule(
    code = "8898",
    fields = {"AssessmentFactors"},
    advice = "Remove the repeated factor from the assessment.")
final class Rule8898 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      for (XmlNode assessment : details.all("Assessments")) {
        Map<String, XmlNode> seen = new HashMap<>();
        for (XmlNode factor :
            assessment.child("FactorsIdentifiedAtAssessment").all("AssessmentFactors")) {
          if (factor.text().isEmpty()) {
            continue;
          }
          XmlNode first = seen.putIfAbsent(factor.text(), factor);
          if (first != null) {
            out.flag(factor, "AssessmentFactors").related(first, "AssessmentFactors");
          }
        }
      }
    }
  }
}
