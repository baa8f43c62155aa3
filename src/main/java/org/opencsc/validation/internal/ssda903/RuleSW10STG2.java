package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * Social worker episodes follow one another: each (in start order) begins within seven days either
 * side of the end of the one before (SW_DEC), unless it began with a first contact or re-referral
 * (SW_REASON = FCONTA), which may follow a gap. The one before must have ended.
 */
@DfeRule(
    code = "SW10STG2",
    fields = {"SW_DECOM", "SW_DEC", "SW_REASON"},
    advice = "Check the start date against the end of the previous social worker episode.")
final class RuleSW10STG2 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    List<Ssda903Row> started = SocialWorkerEpisodes.started(child);
    for (int i = 1; i < started.size(); i++) {
      Ssda903Row episode = started.get(i);
      Ssda903Row previous = started.get(i - 1);
      if (episode.is("SW_REASON", "FCONTA")) {
        continue;
      }
      LocalDate start = episode.date("SW_DECOM");
      LocalDate previousEnd = previous.date("SW_DEC");
      if (start != null
          && (previousEnd == null
              || start.isBefore(previousEnd.minusDays(7))
              || start.isAfter(previousEnd.plusDays(7)))) {
        out.flag(episode, "SW_DECOM").related(previous, "SW_DEC");
      }
    }
  }
}
