package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;
import org.opencsc.validation.ssda903.Ssda903Tables;

/**
 * The start date (MIS_START) of a missing or away-from-placement episode must be a valid date; it
 * cannot be blank.
 */
@DfeRule(
    code = "1004",
    fields = {"MIS_START"},
    advice =
        "Record the date the missing or away-from-placement episode started as "
            + "a valid date (dd/mm/yyyy).")
final class Rule1004 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row row : child.rows(Ssda903Tables.MISSING)) {
      if (row.date("MIS_START") == null) {
        out.flag(row, "MIS_START");
      }
    }
  }
}
