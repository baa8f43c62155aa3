package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A placement provided by another public organisation (PR3) cannot be P1, A3 to A6, K1, K2 or U1 to
 * U6.
 */
@DfeRule(
    code = "529",
    fields = {"PLACE", "PLACE_PROVIDER"},
    advice = "Check the placement type and the provider of the episode; correct the wrong one.")
final class Rule529 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      if (episode.is("PLACE_PROVIDER", "PR3")
          && episode.is(
              "PLACE", "P1", "A3", "A4", "A5", "A6", "K1", "K2", "U1", "U2", "U3", "U4", "U5",
              "U6")) {
        out.flag(episode, "PLACE", "PLACE_PROVIDER");
      }
    }
  }
}
