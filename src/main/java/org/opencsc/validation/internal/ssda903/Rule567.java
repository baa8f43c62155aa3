package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** A missing or away period cannot end (MIS_END) before it started (MIS_START). */
@DfeRule(
    code = "567",
    fields = {"MIS_START", "MIS_END"},
    advice = "Check both dates of the missing period and correct the wrong one.")
final class Rule567 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row missing : child.missing()) {
      LocalDate start = missing.date("MIS_START");
      LocalDate end = missing.date("MIS_END");
      if (start != null && end != null && end.isBefore(start)) {
        out.flag(missing, "MIS_START", "MIS_END");
      }
    }
  }
}
