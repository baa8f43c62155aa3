package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A DoLO must end after it started: DOLO_END on or before DOLO_START is flagged (an order ending
 * the day it started is taken as a mistake, as the DfE's check reads it).
 */
@DfeRule(
    code = "702",
    fields = {"DOLO_START", "DOLO_END"},
    advice = "Check both dates of the order against the court's papers and correct the wrong one.")
final class Rule702 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row dolo : child.dolo()) {
      LocalDate start = dolo.date("DOLO_START");
      LocalDate end = dolo.date("DOLO_END");
      if (start != null && end != null && !end.isAfter(start)) {
        out.flag(dolo, "DOLO_START", "DOLO_END");
      }
    }
  }
}
