package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** A DoLO must start after the child was born (DOB on the DoLo row). */
@DfeRule(
    code = "708",
    fields = {"DOLO_START", "DOB"},
    advice = "Check the order's start date and the child's date of birth; correct the wrong one.")
final class Rule708 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row dolo : child.dolo()) {
      LocalDate start = dolo.date("DOLO_START");
      LocalDate dob = dolo.date("DOB");
      if (start != null && dob != null && !start.isAfter(dob)) {
        out.flag(dolo, "DOLO_START").related(dolo, "DOB");
      }
    }
  }
}
