package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * The placement provider (PLACE_PROVIDER), when given, must be a code of the year's list, and is
 * not given for placements that have no provider: temporary placements (T0–T3) and the Z1x codes
 * (Z11–Z14).
 */
@DfeRule(
    code = "178",
    fields = {"PLACE_PROVIDER", "PLACE"},
    advice =
        "Record the placement provider with one of the DfE's PR codes, or leave it blank for"
            + " temporary and Z1x placements.")
final class Rule178 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      if (episode.blank("PLACE_PROVIDER")) {
        continue;
      }
      if (!child.inReturn().codes().valid("PLACE_PROVIDER", episode.value("PLACE_PROVIDER"))) {
        out.flag(episode, "PLACE_PROVIDER");
      } else if (episode.is("PLACE", "T0", "T1", "T2", "T3", "Z11", "Z12", "Z13", "Z14")) {
        out.flag(episode, "PLACE_PROVIDER").related(episode, "PLACE");
      }
    }
  }
}
