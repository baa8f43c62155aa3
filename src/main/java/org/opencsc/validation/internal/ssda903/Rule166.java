package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;
import org.opencsc.validation.ssda903.Ssda903Tables;

/** Every review must have a valid date (REVIEW); it cannot be blank. */
@DfeRule(
    code = "166",
    fields = {"REVIEW"},
    advice =
        "Record the date of the review as a valid date (dd/mm/yyyy), or remove "
            + "the review row if no review took place.")
final class Rule166 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row row : child.rows(Ssda903Tables.REVIEWS)) {
      if (row.date("REVIEW") == null) {
        out.flag(row, "REVIEW");
      }
    }
  }
}
