package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * The date UASC status ceased (DUC), when given, must be a valid date, and not before the
 * collection year (a status that ceased earlier is not reported).
 */
@DfeRule(
    code = "104",
    fields = {"DUC"},
    advice =
        "Correct the date UASC status ceased to a valid date (dd/mm/yyyy) within or after the"
            + " collection year.")
final class Rule104 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row uasc : child.uasc()) {
      LocalDate ceased = uasc.date("DUC");
      if (uasc.invalidDate("DUC") || (ceased != null && ceased.isBefore(child.collectionStart()))) {
        out.flag(uasc, "DUC");
      }
    }
  }
}
