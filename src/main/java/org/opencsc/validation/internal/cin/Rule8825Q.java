package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * An episode closed after assessment (reason RC8 or RC9) has an assessment: a query when it has
 * none.
 */
@DfeRule(
    code = "8825Q",
    fields = {"ReasonForClosure", "Assessments"},
    advice =
        "Add the episode's assessment if it is missing from the return, or correct the reason for"
            + " closure.")
final class Rule8825Q implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      String reason = details.text("ReasonForClosure");
      if (("RC8".equals(reason) || "RC9".equals(reason)) && details.all("Assessments").isEmpty()) {
        out.flag(details, "ReasonForClosure");
      }
    }
  }
}
