package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;
import org.opencsc.validation.ssda903.Ssda903Tables;

/**
 * The care leaver's accommodation (ACCOM, OC3) must be a code of the year's list; it cannot be
 * blank.
 */
@DfeRule(
    code = "133",
    fields = {"ACCOM"},
    advice = "Record the care leaver's accommodation with one of the DfE's codes.")
final class Rule133 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row row : child.rows(Ssda903Tables.OC3)) {
      if (!child.inReturn().codes().valid("ACCOM", row.value("ACCOM"))) {
        out.flag(row, "ACCOM");
      }
    }
  }
}
