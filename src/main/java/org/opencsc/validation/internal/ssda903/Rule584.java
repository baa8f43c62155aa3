package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * When last year's return shows a decision to place for adoption as reversed (DATE_PLACED_CEASED or
 * REASON_PLACED_CEASED given), any decision this year is a new one: its DATE_PLACED must be given
 * and later than last year's.
 */
@DfeRule(
    code = "584",
    fields = {"DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"},
    needs = Need.PREVIOUS_RETURN,
    advice =
        "Record the date of the new decision to place for adoption, or correct last year's"
            + " reversal.")
final class Rule584 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    LookedAfterChild last = child.lastYear().orElse(null);
    if (last == null) {
      return;
    }
    for (Ssda903Row before : last.placedAdoption()) {
      LocalDate decidedBefore = before.date("DATE_PLACED");
      if (before.blank("DATE_PLACED_CEASED") && before.blank("REASON_PLACED_CEASED")) {
        continue;
      }
      for (Ssda903Row placed : child.placedAdoption()) {
        LocalDate decided = placed.date("DATE_PLACED");
        boolean notLater =
            decided != null && decidedBefore != null && !decided.isAfter(decidedBefore);
        if (placed.blank("DATE_PLACED") || notLater) {
          out.flag(placed, "DATE_PLACED")
              .related(before, "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED");
        }
      }
    }
  }
}
