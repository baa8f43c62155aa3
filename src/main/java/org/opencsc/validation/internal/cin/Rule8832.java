package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** A referral with no further action (ReferralNFA true) has no child protection plan. */
@DfeRule(
    code = "8832",
    fields = {"ReferralNFA", "ChildProtectionPlans"},
    advice =
        "If the referral led to a child protection plan, record ReferralNFA as false; otherwise"
            + " the plan belongs to another episode.")
final class Rule8832 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      if (!CinValues.yes(details.text("ReferralNFA"))) {
        continue;
      }
      for (XmlNode plan : details.all("ChildProtectionPlans")) {
        out.flag(details, "ReferralNFA").flag(plan, "CPPstartDate");
      }
    }
  }
}
