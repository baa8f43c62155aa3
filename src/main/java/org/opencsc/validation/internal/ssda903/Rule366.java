package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * Each short-term break (LS V3) is an episode of its own that starts a period of care: its reason
 * for new episode must be S, as the placement cannot change during the break.
 */
@DfeRule(
    code = "366",
    fields = {"LS", "RNE"},
    advice = "Record each short break as one episode with reason for new episode S.")
final class Rule366 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      if (episode.is("LS", "V3") && !episode.is("RNE", "S")) {
        out.flag(episode, "RNE").related(episode, "LS");
      }
    }
  }
}
