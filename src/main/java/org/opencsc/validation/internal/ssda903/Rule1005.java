package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;
import org.opencsc.validation.ssda903.Ssda903Tables;

/**
 * The end date (MIS_END) of a missing or away-from-placement episode, when given, must be a valid
 * date.
 */
@DfeRule(
    code = "1005",
    fields = {"MIS_END"},
    advice =
        "Correct the end date of the missing or away-from-placement episode to "
            + "a valid date (dd/mm/yyyy), or leave it blank if the child has not "
            + "returned.")
final class Rule1005 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row row : child.rows(Ssda903Tables.MISSING)) {
      if (row.invalidDate("MIS_END")) {
        out.flag(row, "MIS_END");
      }
    }
  }
}
