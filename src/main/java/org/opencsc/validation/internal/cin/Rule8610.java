package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** A referral that led to further action (ReferralNFA false) has a PrimaryNeedCode. */
@DfeRule(
    code = "8610",
    fields = {"PrimaryNeedCode", "ReferralNFA"},
    advice =
        "Record the child's primary need as assessed; if the referral led to no further action, set"
            + " ReferralNFA to true instead.")
final class Rule8610 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      if (CinFacts.isFalse(details.text("ReferralNFA"))
          && details.text("PrimaryNeedCode") == null) {
        out.flag(details, "PrimaryNeedCode", "ReferralNFA");
      }
    }
  }
}
