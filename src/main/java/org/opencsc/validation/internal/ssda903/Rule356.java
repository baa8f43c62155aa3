package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** An episode cannot end (DEC) before it starts (DECOM). */
@DfeRule(
    code = "356",
    fields = {"DECOM", "DEC"},
    advice = "Correct the episode's start or end date.")
final class Rule356 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      LocalDate start = episode.date("DECOM");
      LocalDate end = episode.date("DEC");
      if (start != null && end != null && end.isBefore(start)) {
        out.flag(episode, "DECOM", "DEC");
      }
    }
  }
}
