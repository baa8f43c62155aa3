package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** No episode can start before 14 October 1991 (the Children Act 1989 came into force). */
@DfeRule(
    code = "353",
    fields = {"DECOM"},
    advice = "Correct the episode's start date.")
final class Rule353 implements Rule<LookedAfterChild> {

  private static final LocalDate EARLIEST = LocalDate.of(1991, 10, 14);

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      LocalDate start = episode.date("DECOM");
      if (start != null && start.isBefore(EARLIEST)) {
        out.flag(episode, "DECOM");
      }
    }
  }
}
