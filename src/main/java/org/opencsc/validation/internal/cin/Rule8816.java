package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * An open episode of need going on to further action (no CINclosureDate, ReferralNFA false) is the
 * child's latest: no episode has a later referral date.
 */
@DfeRule(
    code = "8816",
    fields = {"CINreferralDate", "CINclosureDate", "ReferralNFA"},
    advice =
        "Close the older episode (closure date and reason) or correct its referral date: only the"
            + " latest episode can still be open.")
final class Rule8816 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    XmlNode latest = null;
    LocalDate latestReferral = null;
    for (XmlNode details : child.details()) {
      LocalDate referral = details.date("CINreferralDate");
      if (referral != null && (latestReferral == null || referral.isAfter(latestReferral))) {
        latest = details;
        latestReferral = referral;
      }
    }
    if (latest == null || latestReferral == null) {
      return;
    }
    for (XmlNode details : child.details()) {
      LocalDate referral = details.date("CINreferralDate");
      if (CinValues.openWithFurtherAction(details)
          && referral != null
          && referral.isBefore(latestReferral)) {
        out.flag(details, "CINreferralDate").flag(latest, "CINreferralDate");
      }
    }
  }
}
