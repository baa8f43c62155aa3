package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** A placement provided by another council (PR2) cannot be placement type P1, R2 or R5. */
@DfeRule(
    code = "528",
    fields = {"PLACE", "PLACE_PROVIDER"},
    advice = "Check the placement type and the provider of the episode; correct the wrong one.")
final class Rule528 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      if (episode.is("PLACE_PROVIDER", "PR2") && episode.is("PLACE", "P1", "R2", "R5")) {
        out.flag(episode, "PLACE", "PLACE_PROVIDER");
      }
    }
  }
}
