package org.opencsc.validation.internal.cin;

import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** Within one episode of need, at most one assessment is open (no AssessmentAuthorisationDate). */
@DfeRule(
    code = "8896",
    fields = {"AssessmentAuthorisationDate"},
    advice = "Record the authorisation date of the earlier assessment.")
final class Rule8896 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      List<XmlNode> open =
          details.all("Assessments").stream()
              .filter(a -> a.text("AssessmentAuthorisationDate") == null)
              .toList();
      if (open.size() > 1) {
        RuleOutput.Finding finding = out.flag(open.get(0), "AssessmentAuthorisationDate");
        open.stream().skip(1).forEach(a -> finding.flag(a, "AssessmentAuthorisationDate"));
      }
    }
  }
}
