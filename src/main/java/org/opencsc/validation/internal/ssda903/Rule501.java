package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** Episodes cannot overlap: an episode cannot start before the previous one ended. */
@DfeRule(
    code = "501",
    fields = {"DECOM", "DEC"},
    advice = "Correct the start date of the later episode or the end date of the earlier one.")
final class Rule501 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    List<Ssda903Row> episodes = child.episodes();
    for (int i = 1; i < episodes.size(); i++) {
      Ssda903Row episode = episodes.get(i);
      Ssda903Row before = episodes.get(i - 1);
      LocalDate start = episode.date("DECOM");
      LocalDate ended = before.date("DEC");
      if (start != null && ended != null && start.isBefore(ended)) {
        out.flag(episode, "DECOM").flag(before, "DEC");
      }
    }
  }
}
