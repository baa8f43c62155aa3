package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** A placement provided privately (PR4) cannot be placement with parents (P1). */
@DfeRule(
    code = "530",
    fields = {"PLACE", "PLACE_PROVIDER"},
    advice = "Check the placement type and the provider of the episode; correct the wrong one.")
final class Rule530 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      if (episode.is("PLACE_PROVIDER", "PR4") && episode.is("PLACE", "P1")) {
        out.flag(episode, "PLACE", "PLACE_PROVIDER");
      }
    }
  }
}
