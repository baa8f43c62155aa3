package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * No referral (CINreferralDate) is more than 280 days (40 weeks) before the child's date of birth
 * (PersonBirthDate) or expected date of birth (ExpectedPersonBirthDate): an unborn child is
 * referred at the earliest at conception.
 */
@DfeRule(
    code = "8606",
    fields = {"CINreferralDate", "PersonBirthDate", "ExpectedPersonBirthDate"},
    advice = "Check the referral date and the child's date of birth; one of them is mistyped.")
final class Rule8606 implements Rule<CinChild> {

  static final int DAYS = 280;

  @Override
  public void check(CinChild child, RuleOutput out) {
    XmlNode identifiers = child.identifiers();
    for (String birth : new String[] {"PersonBirthDate", "ExpectedPersonBirthDate"}) {
      LocalDate born = identifiers.date(birth);
      if (born == null) {
        continue;
      }
      for (XmlNode details : child.details()) {
        LocalDate referral = details.date("CINreferralDate");
        if (referral != null && referral.isBefore(born.minusDays(DAYS))) {
          out.flag(details, "CINreferralDate").flag(identifiers, birth);
        }
      }
    }
  }
}
