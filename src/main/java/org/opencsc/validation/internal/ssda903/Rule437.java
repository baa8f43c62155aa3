package org.opencsc.validation.internal.ssda903;

import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * An episode that ended because the child died (REC E2) or was assessed as 18 or over (E15) must be
 * the child's last.
 */
@DfeRule(
    code = "437",
    fields = {"REC"},
    advice =
        "Check the reason the episode ended, and whether the later episodes belong to this child.")
final class Rule437 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    List<Ssda903Row> episodes = child.episodes();
    for (int i = 0; i < episodes.size() - 1; i++) {
      Ssda903Row episode = episodes.get(i);
      Ssda903Row next = episodes.get(i + 1);
      if (episode.date("DECOM") != null
          && next.date("DECOM") != null
          && episode.is("REC", "E2", "E15")) {
        out.flag(episode, "REC").related(next, "DECOM");
      }
    }
  }
}
