package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;
import org.opencsc.validation.ssda903.Ssda903Tables;

/**
 * Whether the authority is in touch with the care leaver (IN_TOUCH, OC3), when given, must be a
 * code of the year's list. Blank is left to 153 (all care leaver items or none) and 1007/1016
 * (items not required): OC3 rows of young people still looked after on their birthday are blank.
 */
@DfeRule(
    code = "131",
    fields = {"IN_TOUCH"},
    advice =
        "Record whether the authority is in touch with the care leaver with one "
            + "of the DfE's codes.")
final class Rule131 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row row : child.rows(Ssda903Tables.OC3)) {
      if (row.present("IN_TOUCH")
          && !child.inReturn().codes().valid("IN_TOUCH", row.value("IN_TOUCH"))) {
        out.flag(row, "IN_TOUCH");
      }
    }
  }
}
