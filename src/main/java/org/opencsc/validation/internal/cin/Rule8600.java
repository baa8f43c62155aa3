package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * Every episode has a referral date (CINreferralDate), a valid date on or before the census's
 * reference date.
 */
@DfeRule(
    code = "8600",
    fields = {"CINreferralDate"},
    advice =
        "Record the referral date; a referral after the reference date belongs to next year's"
            + " census.")
final class Rule8600 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    LocalDate end = child.census().periodEnd();
    for (XmlNode details : child.details()) {
      LocalDate referral = details.date("CINreferralDate");
      if (referral == null || referral.isAfter(end)) {
        out.flag(details, "CINreferralDate");
      }
    }
  }
}
