package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A decision that last year's return shows as reversed (DATE_PLACED_CEASED or REASON_PLACED_CEASED
 * given) cannot be this year's decision: this year's DATE_PLACED cannot be the same date.
 */
@DfeRule(
    code = "561",
    fields = {"DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"},
    needs = Need.PREVIOUS_RETURN,
    advice =
        "Record the date of the new decision to place for adoption, or correct last year's"
            + " reversal.")
final class Rule561 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    LookedAfterChild last = child.lastYear().orElse(null);
    if (last == null) {
      return;
    }
    for (Ssda903Row before : last.placedAdoption()) {
      if (before.blank("DATE_PLACED")
          || (before.blank("DATE_PLACED_CEASED") && before.blank("REASON_PLACED_CEASED"))) {
        continue;
      }
      for (Ssda903Row placed : child.placedAdoption()) {
        if (SameDate.same(placed, before, "DATE_PLACED")) {
          out.flag(placed, "DATE_PLACED")
              .related(before, "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED");
        }
      }
    }
  }
}
