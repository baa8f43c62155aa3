package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * While a DoLO (with start and end dates) is in force, the child cannot be placed in a secure
 * children's home (K1), with parents (P1), in a young offender institution (R5) or in supported
 * accommodation (K3).
 */
@DfeRule(
    code = "710",
    fields = {"DOLO_START", "DOLO_END", "PLACE", "DECOM", "DEC"},
    advice =
        "Check the placement type of the episode during the order, and the order's dates; correct"
            + " whichever is wrong.")
final class Rule710 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row dolo : child.dolo()) {
      for (Ssda903Row episode : child.episodes()) {
        if (DoloOverlaps.overlap(dolo, episode) && episode.is("PLACE", "K1", "P1", "R5", "K3")) {
          out.flag(dolo, "DOLO_START").flag(episode, "PLACE").related(episode, "DECOM", "DEC");
        }
      }
    }
  }
}
