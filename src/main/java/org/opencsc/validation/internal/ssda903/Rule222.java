package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * Placements that Ofsted does not register — placed with parents (P1, P3), living independently or
 * in custody (R1, R2, R5), temporary (T0–T4) and Z1x — have no URN (the placeholder XXXXXXX is
 * allowed).
 */
@DfeRule(
    code = "222",
    fields = {"URN", "PLACE"},
    advice = "Leave the Ofsted URN blank for this placement type.")
final class Rule222 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      if (episode.is(
              "PLACE", "P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1", "Z11",
              "Z12", "Z13", "Z14")
          && episode.present("URN")
          && !episode.is("URN", "XXXXXXX")) {
        out.flag(episode, "URN").related(episode, "PLACE");
      }
    }
  }
}
