package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A missing or away period must lie within one of the child's periods of care: one without an end
 * date needs a period of care still open that began on or before it; one with an end date needs a
 * period of care its end date falls in. A child without episodes is left to other rules.
 */
@DfeRule(
    code = "577",
    fields = {"MIS_START", "MIS_END", "DECOM", "DEC"},
    advice =
        "Record the date the missing period ended (by the day the child ceased to be looked"
            + " after), or check the end date of the child's last episode.")
final class Rule577 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    List<PeriodsOfCare.Period> periods = PeriodsOfCare.of(child);
    if (periods.isEmpty()) {
      return;
    }
    for (Ssda903Row missing : child.missing()) {
      LocalDate start = missing.date("MIS_START");
      if (start == null || missing.invalidDate("MIS_END")) {
        continue;
      }
      if (!PeriodsOfCare.holds(periods, start, missing.date("MIS_END"))) {
        out.flag(missing, "MIS_END");
      }
    }
  }
}
