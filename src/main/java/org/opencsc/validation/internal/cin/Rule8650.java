package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** An episode's PrimaryNeedCode, when given, is a code of the year's CIN census code set. */
@DfeRule(
    code = "8650",
    fields = {"PrimaryNeedCode"},
    advice = "Use a primary need code from the year's CIN census code set (N0 to N9).")
final class Rule8650 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      String code = details.text("PrimaryNeedCode");
      if (code != null && !child.census().codes().valid("PrimaryNeedCode", code)) {
        out.flag(details, "PrimaryNeedCode");
      }
    }
  }
}
