package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A placement for adoption with a placement order (PLACE A5 or A6) needs the placement order as the
 * legal status (LS E1).
 */
@DfeRule(
    code = "408",
    fields = {"PLACE", "LS"},
    advice =
        "Check the legal status and the placement type: a child placed under a placement order "
            + "has legal status E1.")
final class Rule408 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      if (episode.is("PLACE", "A5", "A6") && !episode.is("LS", "E1")) {
        out.flag(episode, "PLACE", "LS");
      }
    }
  }
}
