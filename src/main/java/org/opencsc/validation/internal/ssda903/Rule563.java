package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A decision that the child should no longer be placed for adoption (DATE_PLACED_CEASED and
 * REASON_PLACED_CEASED given) reverses an earlier decision, whose date (DATE_PLACED) is needed.
 */
@DfeRule(
    code = "563",
    fields = {"DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"},
    advice = "Record the date of the decision that the child should be placed for adoption.")
final class Rule563 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row placed : child.placedAdoption()) {
      if (placed.blank("DATE_PLACED")
          && placed.present("DATE_PLACED_CEASED")
          && placed.present("REASON_PLACED_CEASED")) {
        out.flag(placed, "DATE_PLACED")
            .related(placed, "DATE_PLACED_CEASED", "REASON_PLACED_CEASED");
      }
    }
  }
}
