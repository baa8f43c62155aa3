package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child with a placement order (an episode with LS = E1) needs a PlacedAdoption record; and while
 * the placement order episode is open, that record cannot say the decision has ceased
 * (DATE_PLACED_CEASED or REASON_PLACED_CEASED).
 */
@DfeRule(
    code = "553",
    fields = {"LS", "DEC", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"},
    advice =
        "Record the decision that the child should be placed for adoption, or check the legal"
            + " status of the episode.")
final class Rule553 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    boolean openOrder = false;
    for (Ssda903Row episode : child.episodes()) {
      if (!episode.is("LS", "E1")) {
        continue;
      }
      if (child.placedAdoption().isEmpty()) {
        out.flag(episode, "LS");
      }
      openOrder |= episode.blank("DEC");
    }
    if (!openOrder) {
      return;
    }
    for (Ssda903Row placed : child.placedAdoption()) {
      if (placed.present("DATE_PLACED_CEASED") || placed.present("REASON_PLACED_CEASED")) {
        out.flag(placed, "DATE_PLACED_CEASED", "REASON_PLACED_CEASED");
      }
    }
  }
}
