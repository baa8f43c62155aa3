package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * The reason for a change of social worker (SW_REASON) must be a code of the year's list. Only the
 * child's first episode of the year (the one open on 1 April, or else the first to begin in the
 * year) may leave it blank: it may not follow a change.
 */
@DfeRule(
    code = "SW13STG1",
    fields = {"SW_REASON"},
    advice = "Record the reason the social worker changed with one of the DfE's codes.")
final class RuleSW13STG1 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row first = firstOfYear(child);
    for (Ssda903Row episode : child.swEpisodes()) {
      String reason = episode.value("SW_REASON");
      boolean blankAllowed = reason.isEmpty() && episode == first;
      if (!blankAllowed && !child.inReturn().codes().valid("SW_REASON", reason)) {
        out.flag(episode, "SW_REASON");
      }
    }
  }

  private static Ssda903Row firstOfYear(LookedAfterChild child) {
    List<Ssda903Row> started = SocialWorkerEpisodes.started(child);
    Ssda903Row openAtStart = null;
    for (Ssda903Row episode : started) {
      LocalDate start = episode.date("SW_DECOM");
      if (start.isBefore(child.collectionStart())) {
        LocalDate end = episode.date("SW_DEC");
        boolean open = end == null || !end.isBefore(child.collectionStart());
        openAtStart = open ? episode : null;
      } else {
        return openAtStart != null ? openAtStart : episode;
      }
    }
    return openAtStart;
  }
}
