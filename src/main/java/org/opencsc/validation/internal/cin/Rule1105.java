package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * Within one episode of need, no child protection plan may start (CPPstartDate) before the referral
 * (CINreferralDate).
 */
@DfeRule(
    code = "1105",
    fields = {"CPPstartDate", "CINreferralDate"},
    advice =
        "Check the plan's start date and the referral date of its episode; a plan that followed an"
            + " earlier referral belongs to that referral's episode.")
final class Rule1105 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      LocalDate referral = details.date("CINreferralDate");
      if (referral == null) {
        continue;
      }
      for (XmlNode plan : details.all("ChildProtectionPlans")) {
        LocalDate started = plan.date("CPPstartDate");
        if (started != null && started.isBefore(referral)) {
          out.flag(plan, "CPPstartDate").flag(details, "CINreferralDate");
        }
      }
    }
  }
}
