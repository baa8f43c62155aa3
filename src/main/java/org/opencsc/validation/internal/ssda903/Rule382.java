package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child on short-term breaks (LS V3 or V4) cannot be in a temporary placement (PLACE T0 to T4).
 */
@DfeRule(
    code = "382",
    fields = {"LS", "PLACE"},
    advice = "Check the legal status and the placement type of the episode.")
final class Rule382 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      if (episode.is("LS", "V3", "V4") && episode.is("PLACE", "T0", "T1", "T2", "T3", "T4")) {
        out.flag(episode, "LS", "PLACE");
      }
    }
  }
}
