package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * Within one episode of need, no CIN plan may start (CINPlanStartDate) before the referral
 * (CINreferralDate).
 */
@DfeRule(
    code = "4015",
    fields = {"CINPlanStartDate", "CINreferralDate"},
    advice =
        "Check the plan's start date and the referral date of its episode; a plan that followed an"
            + " earlier referral belongs to that referral's episode.")
final class Rule4015 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      LocalDate referral = details.date("CINreferralDate");
      if (referral == null) {
        continue;
      }
      for (XmlNode plan : details.all("CINPlanDates")) {
        LocalDate started = plan.date("CINPlanStartDate");
        if (started != null && started.isBefore(referral)) {
          out.flag(plan, "CINPlanStartDate").flag(details, "CINreferralDate");
        }
      }
    }
  }
}
