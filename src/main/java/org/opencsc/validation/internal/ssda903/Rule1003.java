package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * DATE_PLACED (the decision that the child should be placed for adoption) cannot be before the
 * start (DECOM) of the child's first episode that started a period of care (RNE = S).
 */
@DfeRule(
    code = "1003",
    fields = {"DATE_PLACED", "DECOM", "RNE"},
    advice =
        "Check the date of the decision to place for adoption against the date the child started"
            + " to be looked after; correct whichever is wrong in the case-management system.")
final class Rule1003 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row first = null;
    for (Ssda903Row episode : child.episodes()) {
      if (episode.is("RNE", "S") && episode.date("DECOM") != null) {
        first = episode;
        break; // episodes are in start order
      }
    }
    if (first == null) {
      return;
    }
    LocalDate started = first.date("DECOM");
    for (Ssda903Row placed : child.placedAdoption()) {
      LocalDate decided = placed.date("DATE_PLACED");
      if (decided != null && decided.isBefore(started)) {
        out.flag(placed, "DATE_PLACED").flag(first, "DECOM").related(first, "RNE");
      }
    }
  }
}
