package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;
import org.opencsc.validation.ssda903.Ssda903Tables;

/**
 * The care leaver's main activity (ACTIV, OC3), when given, must be a code of the year's list.
 * Blank is left to 153 (all care leaver items or none) and 1007/1016 (items not required).
 */
@DfeRule(
    code = "132",
    fields = {"ACTIV"},
    advice = "Record the care leaver's main activity with one of the DfE's codes.")
final class Rule132 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row row : child.rows(Ssda903Tables.OC3)) {
      if (row.present("ACTIV") && !child.inReturn().codes().valid("ACTIV", row.value("ACTIV"))) {
        out.flag(row, "ACTIV");
      }
    }
  }
}
