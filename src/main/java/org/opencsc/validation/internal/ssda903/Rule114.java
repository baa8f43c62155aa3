package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;
import org.opencsc.validation.ssda903.Ssda903Tables;

/**
 * Whether the adopters were the child's former foster carers (FOSTER_CARE), when given, must be a
 * code of the year's list (0 or 1).
 */
@DfeRule(
    code = "114",
    fields = {"FOSTER_CARE"},
    advice = "Record whether the adopters were the child's former foster carers as 0 " + "or 1.")
final class Rule114 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row row : child.rows(Ssda903Tables.AD1)) {
      if (row.present("FOSTER_CARE")
          && !child.inReturn().codes().valid("FOSTER_CARE", row.value("FOSTER_CARE"))) {
        out.flag(row, "FOSTER_CARE");
      }
    }
  }
}
