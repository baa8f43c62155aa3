package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child on short-term breaks (LS V3 or V4) cannot be in a long-term foster placement (PLACE U1 or
 * U4).
 */
@DfeRule(
    code = "384",
    fields = {"LS", "PLACE"},
    advice = "Check the legal status and the placement type of the episode.")
final class Rule384 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      if (episode.is("LS", "V3", "V4") && episode.is("PLACE", "U1", "U4")) {
        out.flag(episode, "LS", "PLACE");
      }
    }
  }
}
