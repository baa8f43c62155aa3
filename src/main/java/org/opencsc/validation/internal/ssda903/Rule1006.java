package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;
import org.opencsc.validation.ssda903.Ssda903Tables;

/** The missing type (MISSING), when given, must be a code of the year's list (M or A). */
@DfeRule(
    code = "1006",
    fields = {"MISSING"},
    advice =
        "Record whether the child was missing (M) or away from placement "
            + "without authorisation (A).")
final class Rule1006 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row row : child.rows(Ssda903Tables.MISSING)) {
      if (row.present("MISSING")
          && !child.inReturn().codes().valid("MISSING", row.value("MISSING"))) {
        out.flag(row, "MISSING");
      }
    }
  }
}
