package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child placed for adoption (an episode with PLACE A3 to A6) needs a date of the decision that
 * they should be placed for adoption (DATE_PLACED on a PlacedAdoption row).
 */
@DfeRule(
    code = "551",
    fields = {"PLACE", "DATE_PLACED"},
    advice =
        "Record the date of the decision that the child should be placed for adoption, or check"
            + " the placement type.")
final class Rule551 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row placed : child.placedAdoption()) {
      if (placed.present("DATE_PLACED")) {
        return;
      }
    }
    for (Ssda903Row episode : child.episodes()) {
      if (episode.is("PLACE", "A3", "A4", "A5", "A6")) {
        out.flag(episode, "PLACE");
      }
    }
  }
}
