package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;
import org.opencsc.validation.ssda903.Ssda903Tables;

/** The child's date of birth (DOB) on the Header must be a valid date; it cannot be blank. */
@DfeRule(
    code = "102",
    fields = {"DOB"},
    advice = "Record the child's date of birth as a valid date (dd/mm/yyyy).")
final class Rule102 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row row : child.rows(Ssda903Tables.HEADER)) {
      if (row.date("DOB") == null) {
        out.flag(row, "DOB");
      }
    }
  }
}
