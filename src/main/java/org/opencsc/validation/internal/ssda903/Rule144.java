package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;
import org.opencsc.validation.ssda903.Ssda903Tables;

/** The episode's legal status (LS), when given, must be a code of the year's list. */
@DfeRule(
    code = "144",
    fields = {"LS"},
    advice = "Record the episode's legal status with one of the DfE's codes.")
final class Rule144 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row row : child.rows(Ssda903Tables.EPISODES)) {
      if (row.present("LS") && !child.inReturn().codes().valid("LS", row.value("LS"))) {
        out.flag(row, "LS");
      }
    }
  }
}
