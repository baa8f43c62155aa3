package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;
import org.opencsc.validation.ssda903.Ssda903Tables;

/**
 * The date the child should be placed for adoption (DATE_INT), when given, must be a valid date.
 */
@DfeRule(
    code = "112",
    fields = {"DATE_INT"},
    advice =
        "Correct the date the child should be placed for adoption to a valid "
            + "date (dd/mm/yyyy).")
final class Rule112 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row row : child.rows(Ssda903Tables.AD1)) {
      if (row.invalidDate("DATE_INT")) {
        out.flag(row, "DATE_INT");
      }
    }
  }
}
