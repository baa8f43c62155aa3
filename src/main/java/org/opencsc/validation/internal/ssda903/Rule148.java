package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** An episode's end date (DEC) and reason (REC) are both completed or both blank. */
@DfeRule(
    code = "148",
    fields = {"DEC", "REC"},
    advice = "Record both the date and the reason the episode ended, or neither while it is open.")
final class Rule148 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      if (episode.blank("DEC") != episode.blank("REC")) {
        out.flag(episode, "DEC", "REC");
      }
    }
  }
}
