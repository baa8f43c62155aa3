package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * An episode that ended in adoption (REC E11 or E12) must be a placement for adoption (PLACE A3 to
 * A6).
 */
@DfeRule(
    code = "390",
    fields = {"PLACE", "REC"},
    advice =
        "Check the reason the episode ended and the placement type: a child is adopted from a "
            + "placement for adoption.")
final class Rule390 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      if (episode.is("REC", "E11", "E12") && !episode.is("PLACE", "A3", "A4", "A5", "A6")) {
        out.flag(episode, "PLACE", "REC");
      }
    }
  }
}
