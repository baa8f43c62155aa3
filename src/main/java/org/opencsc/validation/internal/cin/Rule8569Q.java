package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * A referral made before the working day preceding the census period's start (1 April) is not a
 * no-further-action referral (ReferralNFA true): such a referral would have been decided and left
 * out of the census; one still open at the start of the year led to further action.
 */
@DfeRule(
    code = "8569Q",
    fields = {"ReferralNFA", "CINreferralDate"},
    advice =
        "Check the referral date and the no-further-action flag: a referral carried over from a"
            + " previous year led to further action.")
final class Rule8569Q implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    LocalDate cutOff = CinFacts.workingDayBefore(child.census().periodStart());
    for (XmlNode details : child.details()) {
      LocalDate referral = details.date("CINreferralDate");
      if (referral != null
          && referral.isBefore(cutOff)
          && CinFacts.isTrue(details.text("ReferralNFA"))) {
        out.flag(details, "ReferralNFA", "CINreferralDate");
      }
    }
  }
}
