package org.opencsc.validation.internal.ssda903;

import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * An episode that ended with a change of placement (REC = X1) into a new placement (the next
 * episode's RNE P, B, T or U), where neither placement is temporary (T0–T4), records the reason for
 * the change (REASON_PLACE_CHANGE).
 */
@DfeRule(
    code = "225",
    fields = {"REASON_PLACE_CHANGE", "REC", "PLACE", "RNE"},
    advice = "Record why the child's placement changed.")
final class Rule225 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    List<Ssda903Row> episodes = child.episodes();
    for (int i = 0; i < episodes.size() - 1; i++) {
      Ssda903Row episode = episodes.get(i);
      Ssda903Row next = episodes.get(i + 1);
      if (episode.is("REC", "X1")
          && episode.blank("REASON_PLACE_CHANGE")
          && !temporary(episode)
          && next.is("RNE", "P", "B", "T", "U")
          && !temporary(next)) {
        out.flag(episode, "REASON_PLACE_CHANGE").related(next, "RNE", "PLACE");
      }
    }
  }

  private static boolean temporary(Ssda903Row episode) {
    return episode.is("PLACE", "T0", "T1", "T2", "T3", "T4");
  }
}
