package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** Every deprivation of liberty order (DoLO) needs a valid start date (DOLO_START). */
@DfeRule(
    code = "700",
    fields = {"DOLO_START"},
    advice = "Record the date the order started as dd/mm/yyyy.")
final class Rule700 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row dolo : child.dolo()) {
      if (dolo.date("DOLO_START") == null) {
        out.flag(dolo, "DOLO_START");
      }
    }
  }
}
