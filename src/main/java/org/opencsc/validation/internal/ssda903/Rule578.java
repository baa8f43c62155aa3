package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A missing or away period must start (MIS_START) within one of the child's periods of care, not
 * before it began nor after it ended. A child without episodes is left to other rules.
 */
@DfeRule(
    code = "578",
    fields = {"MIS_START", "DECOM", "DEC"},
    advice =
        "Check the start date of the missing period against the dates the child was looked"
            + " after; correct whichever is wrong.")
final class Rule578 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    List<PeriodsOfCare.Period> periods = PeriodsOfCare.of(child);
    if (periods.isEmpty()) {
      return;
    }
    for (Ssda903Row missing : child.missing()) {
      LocalDate start = missing.date("MIS_START");
      if (start != null && periods.stream().noneMatch(p -> p.contains(start))) {
        out.flag(missing, "MIS_START");
      }
    }
  }
}
