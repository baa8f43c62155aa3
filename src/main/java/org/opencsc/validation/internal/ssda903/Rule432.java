package org.opencsc.validation.internal.ssda903;

import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * After an episode that ended the period of care (REC E2 to E48), the next episode must start a new
 * period of care (RNE S).
 */
@DfeRule(
    code = "432",
    fields = {"RNE", "REC"},
    advice =
        "Check the reason the earlier episode ended and the reason for the new episode: after "
            + "leaving care, the child starts a new period of care.")
final class Rule432 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    List<Ssda903Row> episodes = child.episodes();
    for (int i = 1; i < episodes.size(); i++) {
      Ssda903Row episode = episodes.get(i);
      Ssda903Row before = episodes.get(i - 1);
      if (before.is("REC", LEFT_CARE) && !episode.is("RNE", "S")) {
        out.flag(episode, "RNE").related(before, "REC");
      }
    }
  }

  /** The reasons an episode ends that end the period of care (all but X1). */
  private static final String[] LEFT_CARE = {
    "E2", "E3", "E4A", "E4B", "E5", "E6", "E7", "E8", "E9", "E11", "E12", "E13", "E14", "E15",
    "E16", "E17", "E41", "E45", "E46", "E47", "E48"
  };
}
