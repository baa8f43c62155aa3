package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A social worker episode appears too short: it ended (SW_DEC) less than three days after it began
 * (SW_DECOM), the threshold the DfE's check uses for 2025-26 (its message still says 24 hours).
 */
@DfeRule(
    code = "SW09STG2",
    fields = {"SW_DECOM", "SW_DEC"},
    advice =
        "Check both dates of the social worker episode; a brief cover while the allocated worker"
            + " was away is not a new episode.")
final class RuleSW09STG2 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.swEpisodes()) {
      LocalDate start = episode.date("SW_DECOM");
      LocalDate end = episode.date("SW_DEC");
      if (start != null && end != null && end.isBefore(start.plusDays(3))) {
        out.flag(episode, "SW_DECOM", "SW_DEC");
      }
    }
  }
}
