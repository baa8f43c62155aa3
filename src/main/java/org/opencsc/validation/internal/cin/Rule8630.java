package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** An episode of need cannot close (CINclosureDate) before its referral (CINreferralDate). */
@DfeRule(
    code = "8630",
    fields = {"CINreferralDate", "CINclosureDate"},
    advice = "Correct the referral or the closure date of the episode in the case record.")
final class Rule8630 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      LocalDate referral = details.date("CINreferralDate");
      LocalDate closed = details.date("CINclosureDate");
      if (referral != null && closed != null && closed.isBefore(referral)) {
        out.flag(details, "CINreferralDate", "CINclosureDate");
      }
    }
  }
}
