package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** Every episode of need says who referred the child: a ReferralSource of the year's code set. */
@DfeRule(
    code = "8866",
    fields = {"ReferralSource"},
    advice = "Record the source of the referral with a code from the year's CIN census code set.")
final class Rule8866 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      String source = details.text("ReferralSource");
      if (source == null || !child.census().codes().valid("ReferralSource", source)) {
        out.flag(details, "ReferralSource");
      }
    }
  }
}
