package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A period of care cannot end with a temporary placement: an episode in a temporary placement
 * (PLACE T0 to T4) that ends must end with a new episode (REC X1).
 */
@DfeRule(
    code = "381",
    fields = {"PLACE", "REC"},
    advice =
        "Check the reason the episode ended and the placement type: the child should return "
            + "from the temporary placement before leaving care.")
final class Rule381 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      if (episode.is("PLACE", "T0", "T1", "T2", "T3", "T4")
          && episode.present("REC")
          && !episode.is("REC", "X1")) {
        out.flag(episode, "PLACE", "REC");
      }
    }
  }
}
