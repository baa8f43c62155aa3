package org.opencsc.validation.internal.cin;

import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** An assessment's factors are either 21 ("no factors identified") alone, or factors without 21. */
@DfeRule(
    code = "8869",
    fields = {"AssessmentFactors"},
    advice = "Remove code 21 from an assessment that identified factors, or the factors if none.")
final class Rule8869 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      for (XmlNode assessment : details.all("Assessments")) {
        List<XmlNode> factors =
            assessment.child("FactorsIdentifiedAtAssessment").all("AssessmentFactors");
        if (factors.size() > 1 && factors.stream().anyMatch(f -> f.text().equals("21"))) {
          RuleOutput.Finding finding = out.flag(factors.get(0), "AssessmentFactors");
          factors.stream().skip(1).forEach(f -> finding.flag(f, "AssessmentFactors"));
        }
      }
    }
  }
}
