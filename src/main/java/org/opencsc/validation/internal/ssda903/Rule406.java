package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child who is or was an unaccompanied asylum seeker (this year, or last when that return was
 * supplied) has no distance from home: an episode whose postcodes give one is flagged.
 */
@DfeRule(
    code = "406",
    fields = {"HOME_POST", "PL_POST"},
    needs = Need.POSTCODES,
    advice = "Leave the home postcode blank for a child who is or was UASC.")
final class Rule406 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    if (!PostcodeEpisodes.uasc(child)) {
      return;
    }
    for (Ssda903Row episode : child.episodes()) {
      if (child.postcodes().distance(episode) != null) {
        out.flag(episode, "HOME_POST", "PL_POST");
      }
    }
  }
}
