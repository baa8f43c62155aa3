package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * Every episode needs a placement provider (PLACE_PROVIDER), except those whose placement type has
 * none: temporary placements (T0 to T4) and Z11 to Z14.
 */
@DfeRule(
    code = "526",
    fields = {"PLACE", "PLACE_PROVIDER"},
    advice = "Record who provides the placement on the episode.")
final class Rule526 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      if (episode.blank("PLACE_PROVIDER")
          && !episode.is("PLACE", "T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14")) {
        out.flag(episode, "PLACE_PROVIDER").related(episode, "PLACE");
      }
    }
  }
}
