package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * While a DoLO (with start and end dates) is in force, the child's placement is expected to be K2,
 * Z12 or Z13; an overlapping episode with another placement type is reported.
 */
@DfeRule(
    code = "709",
    fields = {"DOLO_START", "DOLO_END", "PLACE", "DECOM", "DEC"},
    advice = "Check the placement type of the episodes during the order, and the order's dates.")
final class Rule709 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row dolo : child.dolo()) {
      RuleOutput.Finding finding = null;
      for (Ssda903Row episode : child.episodes()) {
        if (DoloOverlaps.overlap(dolo, episode) && !episode.is("PLACE", "K2", "Z12", "Z13")) {
          if (finding == null) {
            finding = out.flag(dolo, "DOLO_START");
          }
          finding.related(episode, "PLACE", "DECOM", "DEC");
        }
      }
    }
  }
}
