package org.opencsc.validation.internal.cin;

import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** A referral with no further action (ReferralNFA true) has no CIN plan. */
@DfeRule(
    code = "4000",
    fields = {"ReferralNFA", "CINPlanStartDate"},
    advice =
        "If a CIN plan followed, the referral led to further action: set ReferralNFA to false;"
            + " otherwise the plan belongs to another episode.")
final class Rule4000 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      List<XmlNode> plans = details.all("CINPlanDates");
      if (!plans.isEmpty() && CinFacts.isTrue(details.text("ReferralNFA"))) {
        var finding = out.flag(details, "ReferralNFA");
        plans.forEach(p -> finding.flag(p, "CINPlanStartDate"));
      }
    }
  }
}
