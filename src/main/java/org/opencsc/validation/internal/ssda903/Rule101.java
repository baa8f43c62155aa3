package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;
import org.opencsc.validation.ssda903.Ssda903Tables;

/** The child's sex (SEX) on the Header must be a code of the year's list; it cannot be blank. */
@DfeRule(
    code = "101",
    fields = {"SEX"},
    advice = "Record the child's sex with one of the DfE's codes.")
final class Rule101 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row row : child.rows(Ssda903Tables.HEADER)) {
      if (!child.inReturn().codes().valid("SEX", row.value("SEX"))) {
        out.flag(row, "SEX");
      }
    }
  }
}
