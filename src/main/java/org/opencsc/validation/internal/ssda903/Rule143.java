package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;
import org.opencsc.validation.ssda903.Ssda903Tables;

/** The reason for a new episode (RNE), when given, must be a code of the year's list. */
@DfeRule(
    code = "143",
    fields = {"RNE"},
    advice = "Record the reason for the new episode with one of the DfE's codes.")
final class Rule143 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row row : child.rows(Ssda903Tables.EPISODES)) {
      if (row.present("RNE") && !child.inReturn().codes().valid("RNE", row.value("RNE"))) {
        out.flag(row, "RNE");
      }
    }
  }
}
