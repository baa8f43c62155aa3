package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;
import org.opencsc.validation.ssda903.Ssda903Tables;

/**
 * The date of the decision that the child should no longer be placed for adoption
 * (DATE_PLACED_CEASED), when given, must be a valid date.
 */
@DfeRule(
    code = "116",
    fields = {"DATE_PLACED_CEASED"},
    advice =
        "Correct the date of the decision that the child should no longer be "
            + "placed for adoption to a valid date (dd/mm/yyyy).")
final class Rule116 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row row : child.rows(Ssda903Tables.PLACED_ADOPTION)) {
      if (row.invalidDate("DATE_PLACED_CEASED")) {
        out.flag(row, "DATE_PLACED_CEASED");
      }
    }
  }
}
