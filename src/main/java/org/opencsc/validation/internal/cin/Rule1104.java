package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * Within one episode of need, the initial child protection conference (DateOfInitialCPC, on the
 * Section 47 enquiry or on the episode itself) may not be before the referral (CINreferralDate).
 */
@DfeRule(
    code = "1104",
    fields = {"DateOfInitialCPC", "CINreferralDate"},
    advice =
        "Check the conference date and the referral date of its episode; a conference that followed"
            + " an earlier referral belongs to that referral's episode.")
final class Rule1104 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      LocalDate referral = details.date("CINreferralDate");
      if (referral == null) {
        continue;
      }
      checkConference(details, details, referral, out);
      for (XmlNode s47 : details.all("Section47")) {
        checkConference(s47, details, referral, out);
      }
    }
  }

  private static void checkConference(
      XmlNode holder, XmlNode details, LocalDate referral, RuleOutput out) {
    LocalDate conference = holder.date("DateOfInitialCPC");
    if (conference != null && conference.isBefore(referral)) {
      out.flag(holder, "DateOfInitialCPC").flag(details, "CINreferralDate");
    }
  }
}
