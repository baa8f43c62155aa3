package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * A UPN missing for reason UN7 ("referral with no further action") only fits a child whose every
 * episode is a referral with no further action (ReferralNFA true).
 */
@DfeRule(
    code = "8772",
    fields = {"UPNunknown", "ReferralNFA"},
    advice =
        "Record the child's UPN, or another reason it is missing, when a referral went on to"
            + " further action; or correct the episode's ReferralNFA.")
final class Rule8772 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    XmlNode ids = child.identifiers();
    if (!"UN7".equals(ids.text("UPNunknown"))) {
      return;
    }
    for (XmlNode details : child.details()) {
      String nfa = details.text("ReferralNFA");
      if (nfa != null && !CinValues.yes(nfa)) {
        out.flag(ids, "UPNunknown").flag(details, "ReferralNFA");
      }
    }
  }
}
