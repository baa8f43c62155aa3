package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;
import org.opencsc.validation.ssda903.Ssda903Tables;

/**
 * The date the child was matched with the adopters (DATE_MATCH), when given, must be a valid date.
 */
@DfeRule(
    code = "113",
    fields = {"DATE_MATCH"},
    advice =
        "Correct the date the child was matched with the adopters to a valid "
            + "date (dd/mm/yyyy).")
final class Rule113 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row row : child.rows(Ssda903Tables.AD1)) {
      if (row.invalidDate("DATE_MATCH")) {
        out.flag(row, "DATE_MATCH");
      }
    }
  }
}
