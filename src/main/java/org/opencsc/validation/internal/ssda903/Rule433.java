package org.opencsc.validation.internal.ssda903;

import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * An episode that continues the period of care (RNE P, L, T, U or B) must start the day the
 * previous episode ended.
 */
@DfeRule(
    code = "433",
    fields = {"RNE", "DECOM", "DEC"},
    advice =
        "Check the dates of the two episodes, or the reason for the new episode if the child "
            + "had left care in between.")
final class Rule433 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    List<Ssda903Row> episodes = child.episodes();
    for (int i = 1; i < episodes.size(); i++) {
      Ssda903Row episode = episodes.get(i);
      Ssda903Row before = episodes.get(i - 1);
      if (episode.is("RNE", "P", "L", "T", "U", "B") && !continues(episode, before)) {
        out.flag(episode, "RNE", "DECOM").related(before, "DEC");
      }
    }
  }

  private static boolean continues(Ssda903Row episode, Ssda903Row before) {
    return episode.date("DECOM") != null && episode.date("DECOM").equals(before.date("DEC"));
  }
}
