package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** A DoLO's end date (DOLO_END), when given, must be a valid date; blank means still in force. */
@DfeRule(
    code = "701",
    fields = {"DOLO_END"},
    advice = "Record the date the order ended as dd/mm/yyyy, or leave it blank if it is in force.")
final class Rule701 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row dolo : child.dolo()) {
      if (dolo.invalidDate("DOLO_END")) {
        out.flag(dolo, "DOLO_END");
      }
    }
  }
}
