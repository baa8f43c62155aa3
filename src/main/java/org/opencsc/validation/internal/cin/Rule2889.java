package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * Within one episode of need, no Section 47 enquiry may start (S47ActualStartDate) before the
 * referral (CINreferralDate).
 */
@DfeRule(
    code = "2889",
    fields = {"S47ActualStartDate", "CINreferralDate"},
    advice =
        "Check the enquiry's start date and the referral date of its episode; an enquiry that"
            + " followed an earlier referral belongs to that referral's episode.")
final class Rule2889 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      LocalDate referral = details.date("CINreferralDate");
      if (referral == null) {
        continue;
      }
      for (XmlNode s47 : details.all("Section47")) {
        LocalDate started = s47.date("S47ActualStartDate");
        if (started != null && started.isBefore(referral)) {
          out.flag(s47, "S47ActualStartDate").flag(details, "CINreferralDate");
        }
      }
    }
  }
}
