package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A short-term break (LS V3 or V4) has no placement authority: a placement postcode that gives one
 * (PL_LA) is flagged.
 */
@DfeRule(
    code = "420",
    fields = {"PL_POST", "LS"},
    needs = Need.POSTCODES,
    advice =
        "Leave the placement postcode blank on a short-term break, or correct the legal status.")
final class Rule420 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      if (episode.is("LS", "V3", "V4") && child.postcodes().placementAuthority(episode) != null) {
        out.flag(episode, "PL_POST").related(episode, "LS");
      }
    }
  }
}
