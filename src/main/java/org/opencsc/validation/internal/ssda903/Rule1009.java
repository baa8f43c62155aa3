package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;
import org.opencsc.validation.ssda903.Ssda903Tables;

/**
 * The reason for a placement change (REASON_PLACE_CHANGE), when given, must be a code of the year's
 * list.
 */
@DfeRule(
    code = "1009",
    fields = {"REASON_PLACE_CHANGE"},
    advice = "Record the reason for the change of placement with one of the DfE's " + "codes.")
final class Rule1009 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row row : child.rows(Ssda903Tables.EPISODES)) {
      if (row.present("REASON_PLACE_CHANGE")
          && !child
              .inReturn()
              .codes()
              .valid("REASON_PLACE_CHANGE", row.value("REASON_PLACE_CHANGE"))) {
        out.flag(row, "REASON_PLACE_CHANGE");
      }
    }
  }
}
