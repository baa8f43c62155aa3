package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;
import org.opencsc.validation.ssda903.Ssda903Tables;

/** The adopters' legal status (LS_ADOPTR, AD1), when given, must be a code of the year's list. */
@DfeRule(
    code = "177",
    fields = {"LS_ADOPTR"},
    advice = "Record the adopters' legal status with one of the DfE's codes.")
final class Rule177 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row row : child.rows(Ssda903Tables.AD1)) {
      if (row.present("LS_ADOPTR")
          && !child.inReturn().codes().valid("LS_ADOPTR", row.value("LS_ADOPTR"))) {
        out.flag(row, "LS_ADOPTR");
      }
    }
  }
}
