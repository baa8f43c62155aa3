package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** No referral (CINreferralDate) after the child's date of death (PersonDeathDate). */
@DfeRule(
    code = "8555Q",
    fields = {"CINreferralDate", "PersonDeathDate"},
    advice = "Check the referral date and the date of death; one of them is mistyped.")
final class Rule8555Q implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    XmlNode identifiers = child.identifiers();
    LocalDate died = identifiers.date("PersonDeathDate");
    if (died == null) {
      return;
    }
    for (XmlNode details : child.details()) {
      LocalDate referral = details.date("CINreferralDate");
      if (referral != null && referral.isAfter(died)) {
        out.flag(details, "CINreferralDate").flag(identifiers, "PersonDeathDate");
      }
    }
  }
}
