package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;
import org.opencsc.validation.ssda903.Ssda903Tables;

/**
 * The adopters' sex at the date of adoption (SEX_ADOPTR, AD1), when given, must be a code of the
 * year's list.
 */
@DfeRule(
    code = "176",
    fields = {"SEX_ADOPTR"},
    advice = "Record the adopters' sex with one of the DfE's codes.")
final class Rule176 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row row : child.rows(Ssda903Tables.AD1)) {
      if (row.present("SEX_ADOPTR")
          && !child.inReturn().codes().valid("SEX_ADOPTR", row.value("SEX_ADOPTR"))) {
        out.flag(row, "SEX_ADOPTR");
      }
    }
  }
}
