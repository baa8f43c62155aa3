package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** A DoLO's end date, when given, must fall within the collection year. */
@DfeRule(
    code = "704",
    fields = {"DOLO_END"},
    advice =
        "Correct the end date; an order that ended before 1 April belongs to an earlier return,"
            + " and one still in force on 31 March has no end date yet.")
final class Rule704 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row dolo : child.dolo()) {
      LocalDate end = dolo.date("DOLO_END");
      if (end != null
          && (end.isBefore(child.collectionStart()) || end.isAfter(child.collectionEnd()))) {
        out.flag(dolo, "DOLO_END");
      }
    }
  }
}
