package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;
import org.opencsc.validation.ssda903.Ssda903Tables;

/** The category of need (CIN) of an episode, when given, must be a code of the year's list. */
@DfeRule(
    code = "145",
    fields = {"CIN"},
    advice = "Record the child's category of need with one of the DfE's codes.")
final class Rule145 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row row : child.rows(Ssda903Tables.EPISODES)) {
      if (row.present("CIN") && !child.inReturn().codes().valid("CIN", row.value("CIN"))) {
        out.flag(row, "CIN");
      }
    }
  }
}
