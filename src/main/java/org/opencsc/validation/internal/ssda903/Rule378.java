package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child placed with parents (PLACE P1) cannot be accommodated under a single period of section 20
 * accommodation (LS V2).
 */
@DfeRule(
    code = "378",
    fields = {"PLACE", "LS"},
    advice =
        "Check the legal status and the placement: a child accommodated under section 20 is not "
            + "placed with parents.")
final class Rule378 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      if (episode.is("PLACE", "P1") && episode.is("LS", "V2")) {
        out.flag(episode, "PLACE", "LS");
      }
    }
  }
}
