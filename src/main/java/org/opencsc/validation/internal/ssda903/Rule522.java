package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * The decision that a child should be placed for adoption (DATE_PLACED) cannot come after the
 * decision that the child should no longer be (DATE_PLACED_CEASED).
 */
@DfeRule(
    code = "522",
    fields = {"DATE_PLACED", "DATE_PLACED_CEASED"},
    advice = "Check both decision dates on the adoption record and correct the wrong one.")
final class Rule522 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row placed : child.placedAdoption()) {
      LocalDate decided = placed.date("DATE_PLACED");
      LocalDate ceased = placed.date("DATE_PLACED_CEASED");
      if (decided != null && ceased != null && ceased.isBefore(decided)) {
        out.flag(placed, "DATE_PLACED", "DATE_PLACED_CEASED");
      }
    }
  }
}
