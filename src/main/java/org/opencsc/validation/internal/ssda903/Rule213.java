package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * Temporary placements (T0–T4) and the Z1x placements (Z11–Z14) have no placement provider
 * (PLACE_PROVIDER blank).
 */
@DfeRule(
    code = "213",
    fields = {"PLACE_PROVIDER", "PLACE"},
    advice = "Leave the placement provider blank for temporary and Z1x placements.")
final class Rule213 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      if (episode.is("PLACE", "T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14")
          && episode.present("PLACE_PROVIDER")) {
        out.flag(episode, "PLACE_PROVIDER").related(episode, "PLACE");
      }
    }
  }
}
