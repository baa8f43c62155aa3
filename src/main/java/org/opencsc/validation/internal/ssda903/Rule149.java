package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;
import org.opencsc.validation.ssda903.Ssda903Tables;

/** The reason an episode ceased (REC), when given, must be a code of the year's list. */
@DfeRule(
    code = "149",
    fields = {"REC"},
    advice = "Record the reason the episode ceased with one of the DfE's codes.")
final class Rule149 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row row : child.rows(Ssda903Tables.EPISODES)) {
      if (row.present("REC") && !child.inReturn().codes().valid("REC", row.value("REC"))) {
        out.flag(row, "REC");
      }
    }
  }
}
