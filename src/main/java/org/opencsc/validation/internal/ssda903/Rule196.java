package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;
import org.opencsc.validation.ssda903.Ssda903Tables;

/** The reason for no SDQ score (SDQ_REASON, OC2), when given, must be a code of the year's list. */
@DfeRule(
    code = "196",
    fields = {"SDQ_REASON"},
    advice = "Record the reason for no SDQ score with one of the DfE's codes.")
final class Rule196 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row row : child.rows(Ssda903Tables.OC2)) {
      if (row.present("SDQ_REASON")
          && !child.inReturn().codes().valid("SDQ_REASON", row.value("SDQ_REASON"))) {
        out.flag(row, "SDQ_REASON");
      }
    }
  }
}
