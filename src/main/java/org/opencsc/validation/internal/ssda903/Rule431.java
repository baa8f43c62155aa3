package org.opencsc.validation.internal.ssda903;

import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * An episode that starts a period of care (RNE S) cannot start on or before the day the previous
 * episode ended: that is a continuation, not a new period of care.
 */
@DfeRule(
    code = "431",
    fields = {"RNE", "DECOM", "DEC"},
    advice =
        "Check the reason for the new episode: when the child stays looked after the new "
            + "episode continues the period of care (P, L, T, U or B).")
final class Rule431 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    List<Ssda903Row> episodes = child.episodes();
    for (int i = 1; i < episodes.size(); i++) {
      Ssda903Row episode = episodes.get(i);
      Ssda903Row before = episodes.get(i - 1);
      if (episode.is("RNE", "S") && startsByEndOf(episode, before)) {
        out.flag(episode, "RNE", "DECOM").related(before, "DEC");
      }
    }
  }

  private static boolean startsByEndOf(Ssda903Row episode, Ssda903Row before) {
    return episode.date("DECOM") != null
        && before.date("DEC") != null
        && !episode.date("DECOM").isAfter(before.date("DEC"));
  }
}
