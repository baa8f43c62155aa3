package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;
import org.opencsc.validation.ssda903.Ssda903Tables;

/** The date an episode began (DECOM), when given, must be a valid date. */
@DfeRule(
    code = "141",
    fields = {"DECOM"},
    advice = "Correct the episode's start date to a valid date (dd/mm/yyyy).")
final class Rule141 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row row : child.rows(Ssda903Tables.EPISODES)) {
      if (row.invalidDate("DECOM")) {
        out.flag(row, "DECOM");
      }
    }
  }
}
