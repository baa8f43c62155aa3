package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * Every episode says whether the referral led to no further action: ReferralNFA is given, as true
 * or false (1 or 0).
 */
@DfeRule(
    code = "8568",
    fields = {"ReferralNFA"},
    advice =
        "Record for every referral whether it led to further action; the census extract usually"
            + " derives it from the referral's outcome.")
final class Rule8568 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      String nfa = details.text("ReferralNFA");
      if (!CinFacts.isTrue(nfa) && !CinFacts.isFalse(nfa)) {
        out.flag(details, "ReferralNFA");
      }
    }
  }
}
