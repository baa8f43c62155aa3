package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;
import org.opencsc.validation.ssda903.Ssda903Tables;

/**
 * The reason the decision to place for adoption was reversed (REASON_PLACED_CEASED), when given,
 * must be a code of the year's list.
 */
@DfeRule(
    code = "120",
    fields = {"REASON_PLACED_CEASED"},
    advice = "Record the reason the adoption plan was reversed with one of the DfE's " + "codes.")
final class Rule120 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row row : child.rows(Ssda903Tables.PLACED_ADOPTION)) {
      if (row.present("REASON_PLACED_CEASED")
          && !child
              .inReturn()
              .codes()
              .valid("REASON_PLACED_CEASED", row.value("REASON_PLACED_CEASED"))) {
        out.flag(row, "REASON_PLACED_CEASED");
      }
    }
  }
}
