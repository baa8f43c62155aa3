package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A social worker episode needs a start date (SW_DECOM); one that started before 1 April 2023, when
 * the reason for change began to be collected, needs the social worker's ID (SW_ID) too.
 */
@DfeRule(
    code = "SW01aSTG1",
    fields = {"SW_DECOM", "SW_ID"},
    advice = "Record the social worker's ID and the date the episode began.")
final class RuleSW01aSTG1 implements Rule<LookedAfterChild> {

  static final LocalDate REASONS_COLLECTED = LocalDate.of(2023, 4, 1);

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.swEpisodes()) {
      LocalDate start = episode.date("SW_DECOM");
      if (start == null) {
        out.flag(episode, "SW_DECOM");
      } else if (start.isBefore(REASONS_COLLECTED) && episode.blank("SW_ID")) {
        out.flag(episode, "SW_ID");
      }
    }
  }
}
