package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** An episode's ReasonForClosure, when given, is a code of the year's CIN census code set. */
@DfeRule(
    code = "8640",
    fields = {"ReasonForClosure"},
    advice = "Use a reason for closure from the year's CIN census code set (RC1 to RC9).")
final class Rule8640 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      String code = details.text("ReasonForClosure");
      if (code != null && !child.census().codes().valid("ReasonForClosure", code)) {
        out.flag(details, "ReasonForClosure");
      }
    }
  }
}
