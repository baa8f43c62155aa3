package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * The date UASC status ceased (DUC) must be on or before the child's 18th birthday (the date of
 * birth on the UASC row itself, as the table gives it).
 */
@DfeRule(
    code = "304",
    fields = {"DUC", "DOB"},
    advice =
        "Correct the date UASC status ceased: at the latest it is the young person's 18th"
            + " birthday.")
final class Rule304 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row uasc : child.uasc()) {
      LocalDate dob = uasc.date("DOB");
      LocalDate ceased = uasc.date("DUC");
      if (dob != null && ceased != null && ceased.isAfter(dob.plusYears(18))) {
        out.flag(uasc, "DUC").related(uasc, "DOB");
      }
    }
  }
}
