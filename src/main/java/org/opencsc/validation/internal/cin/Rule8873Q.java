package org.opencsc.validation.internal.cin;

import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * An episode whose only assessment found no factors (code 21) is closed after assessment: reason
 * RC8 or RC9. A query when the reason is another or none.
 */
@DfeRule(
    code = "8873Q",
    fields = {"AssessmentFactors", "ReasonForClosure"},
    advice =
        "Check the episode: close it with RC8 or RC9 if nothing further followed the assessment,"
            + " or correct the assessment's factors.")
final class Rule8873Q implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      List<XmlNode> assessments = details.all("Assessments");
      if (assessments.size() != 1) {
        continue;
      }
      XmlNode none =
          assessments
              .get(0)
              .child("FactorsIdentifiedAtAssessment")
              .all("AssessmentFactors")
              .stream()
              .filter(f -> f.text().equals("21"))
              .findFirst()
              .orElse(null);
      String reason = details.text("ReasonForClosure");
      if (none != null && !"RC8".equals(reason) && !"RC9".equals(reason)) {
        out.flag(details, "ReasonForClosure").flag(none, "AssessmentFactors");
      }
    }
  }
}
