package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * A child's episodes of need do not overlap: no referral falls on or after another episode's
 * referral and before its closure, or — for an open episode going on to further action — on or
 * before the reference date. One episode may start the day another closes.
 */
@DfeRule(
    code = "8820",
    fields = {"CINreferralDate", "CINclosureDate", "ReferralNFA", "ReferenceDate"},
    advice =
        "Correct the referral or closure dates so that each episode ends before the next starts;"
            + " a re-referral during an open episode belongs to that episode.")
final class Rule8820 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    LocalDate reference = child.census().periodEnd();
    for (XmlNode episode : child.details()) {
      LocalDate referral = episode.date("CINreferralDate");
      if (referral == null) {
        continue;
      }
      for (XmlNode other : child.details()) {
        LocalDate otherReferral = other.date("CINreferralDate");
        if (other == episode || otherReferral == null || referral.isBefore(otherReferral)) {
          continue;
        }
        LocalDate otherClosed = other.date("CINclosureDate");
        boolean inside =
            otherClosed != null
                ? referral.isBefore(otherClosed)
                : CinValues.no(other.text("ReferralNFA")) && !referral.isAfter(reference);
        if (inside) {
          out.flag(episode, "CINreferralDate").flag(other, "CINreferralDate", "CINclosureDate");
        }
      }
    }
  }
}
