package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** A missing or away period cannot start (MIS_START) after 31 March of the collection year. */
@DfeRule(
    code = "570",
    fields = {"MIS_START"},
    advice = "Correct the start date, or leave the period out of this year's return.")
final class Rule570 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row missing : child.missing()) {
      LocalDate start = missing.date("MIS_START");
      if (start != null && start.isAfter(child.collectionEnd())) {
        out.flag(missing, "MIS_START");
      }
    }
  }
}
