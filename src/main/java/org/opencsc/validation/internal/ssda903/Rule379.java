package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A temporary placement for any other reason (PLACE T4) cannot last more than seven days. As the
 * DfE's check does, only an episode that has ended is measured.
 */
@DfeRule(
    code = "379",
    fields = {"PLACE", "DECOM", "DEC"},
    advice = "Check the episode's dates; a longer stay is recorded as a placement of its own.")
final class Rule379 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      LocalDate start = episode.date("DECOM");
      LocalDate end = episode.date("DEC");
      if (start != null
          && end != null
          && episode.is("PLACE", "T4")
          && end.isAfter(start.plusDays(7))) {
        out.flag(episode, "PLACE", "DEC").related(episode, "DECOM");
      }
    }
  }
}
