package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A decision to place for adoption still open at the end of last year (DATE_PLACED given,
 * DATE_PLACED_CEASED blank in last year's return) keeps its date: this year's DATE_PLACED must be
 * the same.
 */
@DfeRule(
    code = "560",
    fields = {"DATE_PLACED", "DATE_PLACED_CEASED"},
    needs = Need.PREVIOUS_RETURN,
    advice = "Use the same date of decision as last year's return, or correct last year's.")
final class Rule560 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    LookedAfterChild last = child.lastYear().orElse(null);
    if (last == null) {
      return;
    }
    for (Ssda903Row before : last.placedAdoption()) {
      if (before.blank("DATE_PLACED") || before.present("DATE_PLACED_CEASED")) {
        continue;
      }
      for (Ssda903Row placed : child.placedAdoption()) {
        if (!SameDate.same(placed, before, "DATE_PLACED")) {
          out.flag(placed, "DATE_PLACED").related(before, "DATE_PLACED", "DATE_PLACED_CEASED");
        }
      }
    }
  }
}
