package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * The date (DATE_PLACED_CEASED) and the reason (REASON_PLACED_CEASED) of a decision that the child
 * should no longer be placed for adoption are both completed or both blank.
 */
@DfeRule(
    code = "119",
    fields = {"REASON_PLACED_CEASED", "DATE_PLACED_CEASED"},
    advice =
        "Record both the date and the reason the adoption plan was reversed, or neither if it"
            + " was not.")
final class Rule119 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row placed : child.placedAdoption()) {
      if (placed.blank("DATE_PLACED_CEASED") != placed.blank("REASON_PLACED_CEASED")) {
        out.flag(placed, "DATE_PLACED_CEASED", "REASON_PLACED_CEASED");
      }
    }
  }
}
