package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child adopted (episode ended with REC E11 or E12) is normally matched with adopters (AD1
 * DATE_MATCH) before the day of the adoption (DEC), not on it.
 */
@DfeRule(
    code = "582",
    fields = {"REC", "DEC", "DATE_MATCH"},
    advice = "Check the date the child was matched with adopters and the date of the adoption.")
final class Rule582 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      LocalDate adopted = episode.date("DEC");
      if (adopted == null || !episode.is("REC", "E11", "E12")) {
        continue;
      }
      for (Ssda903Row ad1 : child.ad1()) {
        if (adopted.equals(ad1.date("DATE_MATCH"))) {
          out.flag(episode, "DEC").flag(ad1, "DATE_MATCH").related(episode, "REC");
        }
      }
    }
  }
}
