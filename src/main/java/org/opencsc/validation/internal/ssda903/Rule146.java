package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;
import org.opencsc.validation.ssda903.Ssda903Tables;

/** The placement type (PLACE) of an episode, when given, must be a code of the year's list. */
@DfeRule(
    code = "146",
    fields = {"PLACE"},
    advice =
        "Record the placement type with one of the year's codes (codes "
            + "withdrawn by the DfE are no longer accepted).")
final class Rule146 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row row : child.rows(Ssda903Tables.EPISODES)) {
      if (row.present("PLACE") && !child.inReturn().codes().valid("PLACE", row.value("PLACE"))) {
        out.flag(row, "PLACE");
      }
    }
  }
}
