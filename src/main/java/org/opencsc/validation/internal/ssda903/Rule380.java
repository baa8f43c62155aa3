package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A period of care cannot start with a temporary placement: an episode in a temporary placement
 * (PLACE T0 to T4) can only follow a change of placement (RNE P or B).
 */
@DfeRule(
    code = "380",
    fields = {"PLACE", "RNE"},
    advice =
        "Check the reason for the new episode and the placement type: a child starting to be "
            + "looked after goes to a placement, not a temporary one.")
final class Rule380 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      if (episode.is("PLACE", "T0", "T1", "T2", "T3", "T4") && !episode.is("RNE", "P", "B")) {
        out.flag(episode, "PLACE", "RNE");
      }
    }
  }
}
