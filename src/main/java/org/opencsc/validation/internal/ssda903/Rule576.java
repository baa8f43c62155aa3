package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A missing or away period still open at the end of last year's return (no MIS_END) carries into
 * this year: the child's earliest period this year must start the same day. The finding points at
 * that earliest period.
 */
@DfeRule(
    code = "576",
    fields = {"MIS_START", "MIS_END"},
    needs = Need.PREVIOUS_RETURN,
    advice =
        "Carry the period open at the end of last year into this year's return with the same"
            + " start date, or correct last year's end date.")
final class Rule576 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    LookedAfterChild last = child.lastYear().orElse(null);
    if (last == null || child.missing().isEmpty()) {
      return;
    }
    Ssda903Row earliest = null;
    for (Ssda903Row missing : child.missing()) {
      LocalDate start = missing.date("MIS_START");
      if (earliest == null
          || (start != null
              && (earliest.date("MIS_START") == null
                  || start.isBefore(earliest.date("MIS_START"))))) {
        earliest = missing;
      }
    }
    for (Ssda903Row open : last.missing()) {
      LocalDate start = open.date("MIS_START");
      if (open.blank("MIS_END") && start != null && !start.equals(earliest.date("MIS_START"))) {
        out.flag(earliest, "MIS_START").related(open, "MIS_START", "MIS_END");
      }
    }
  }
}
