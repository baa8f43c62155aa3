package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A DoLO must lie within one of the child's periods of care: one without an end date needs a period
 * of care that is still open and began on or before the order; one with an end date needs a period
 * of care that its end date falls in. A child without episodes is left to other rules.
 */
@DfeRule(
    code = "707",
    fields = {"DOLO_START", "DOLO_END", "DECOM", "DEC"},
    advice =
        "Record the date the order ended (on or before the day the child ceased to be looked"
            + " after), or check the end date of the child's last episode.")
final class Rule707 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    List<PeriodsOfCare.Period> periods = PeriodsOfCare.of(child);
    if (periods.isEmpty()) {
      return;
    }
    for (Ssda903Row dolo : child.dolo()) {
      LocalDate start = dolo.date("DOLO_START");
      if (start == null || dolo.invalidDate("DOLO_END")) {
        continue;
      }
      if (!PeriodsOfCare.holds(periods, start, dolo.date("DOLO_END"))) {
        out.flag(dolo, "DOLO_END");
      }
    }
  }
}
