package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;
import org.opencsc.validation.ssda903.Ssda903Tables;

/** The date an episode ceased (DEC), when given, must be a valid date. */
@DfeRule(
    code = "147",
    fields = {"DEC"},
    advice =
        "Correct the episode's end date to a valid date (dd/mm/yyyy), or leave "
            + "it blank while the episode is open.")
final class Rule147 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row row : child.rows(Ssda903Tables.EPISODES)) {
      if (row.invalidDate("DEC")) {
        out.flag(row, "DEC");
      }
    }
  }
}
