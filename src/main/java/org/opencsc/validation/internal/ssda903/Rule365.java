package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A short-term break (LS V3) cannot last more than 17 days; an open one counts to the end of the
 * collection year.
 */
@DfeRule(
    code = "365",
    fields = {"LS", "DECOM", "DEC"},
    advice =
        "Check the break's dates; a longer stay is usually a different legal status from the day"
            + " the break should have ended.")
final class Rule365 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      LocalDate start = episode.date("DECOM");
      if (start == null || !episode.is("LS", "V3")) {
        continue;
      }
      LocalDate end = episode.date("DEC") == null ? child.collectionEnd() : episode.date("DEC");
      if (end.isAfter(start.plusDays(17))) {
        out.flag(episode, "DECOM", "DEC").related(episode, "LS");
      }
    }
  }
}
