package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A social worker episode's end date (SW_DEC), when given, must fall in the social worker reporting
 * period: from 1 April of the year before the collection year to 31 March.
 */
@DfeRule(
    code = "SW07STG2",
    fields = {"SW_DEC"},
    advice = "Correct the end date; an episode still open on 31 March has no end date yet.")
final class RuleSW07STG2 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    LocalDate periodStart = child.collectionStart().minusYears(1);
    for (Ssda903Row episode : child.swEpisodes()) {
      LocalDate end = episode.date("SW_DEC");
      if (end != null && (end.isBefore(periodStart) || end.isAfter(child.collectionEnd()))) {
        out.flag(episode, "SW_DEC");
      }
    }
  }
}
