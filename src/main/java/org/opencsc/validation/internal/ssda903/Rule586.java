package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A missing or away period must start (MIS_START) after the child was born (DOB on the Missing
 * row).
 */
@DfeRule(
    code = "586",
    fields = {"MIS_START", "DOB"},
    advice = "Check the start date of the missing period and the child's date of birth.")
final class Rule586 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row missing : child.missing()) {
      LocalDate start = missing.date("MIS_START");
      LocalDate dob = missing.date("DOB");
      if (start != null && dob != null && !start.isAfter(dob)) {
        out.flag(missing, "MIS_START");
      }
    }
  }
}
