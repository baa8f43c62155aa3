package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;
import org.opencsc.validation.ssda903.Ssda903Tables;

/** The number of adopters (NB_ADOPTR, AD1), when given, must be a code of the year's list. */
@DfeRule(
    code = "175",
    fields = {"NB_ADOPTR"},
    advice = "Record the number of adopters as 1 or 2.")
final class Rule175 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row row : child.rows(Ssda903Tables.AD1)) {
      if (row.present("NB_ADOPTR")
          && !child.inReturn().codes().valid("NB_ADOPTR", row.value("NB_ADOPTR"))) {
        out.flag(row, "NB_ADOPTR");
      }
    }
  }
}
