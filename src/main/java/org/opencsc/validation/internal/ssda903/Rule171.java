package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;
import org.opencsc.validation.ssda903.Ssda903Tables;

/**
 * The date of birth of the mother's child (MC_DOB) on the Header, when given, must be a valid date.
 */
@DfeRule(
    code = "171",
    fields = {"MC_DOB"},
    advice = "Correct the date of birth of the mother's child to a valid date " + "(dd/mm/yyyy).")
final class Rule171 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row row : child.rows(Ssda903Tables.HEADER)) {
      if (row.invalidDate("MC_DOB")) {
        out.flag(row, "MC_DOB");
      }
    }
  }
}
