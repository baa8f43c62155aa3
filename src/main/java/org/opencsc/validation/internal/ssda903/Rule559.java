package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A decision to place for adoption made before this collection year (DATE_PLACED before 1 April)
 * must already have been in last year's return: the child's PlacedAdoption rows there need a
 * DATE_PLACED.
 */
@DfeRule(
    code = "559",
    fields = {"DATE_PLACED"},
    needs = Need.PREVIOUS_RETURN,
    advice =
        "Check the date of the decision; if it is right, last year's return was missing it and the"
            + " DfE may ask for it to be resubmitted.")
final class Rule559 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    boolean inLastYear =
        child.lastYear().stream()
            .flatMap(last -> last.placedAdoption().stream())
            .anyMatch(placed -> placed.present("DATE_PLACED"));
    if (inLastYear) {
      return;
    }
    for (Ssda903Row placed : child.placedAdoption()) {
      LocalDate decided = placed.date("DATE_PLACED");
      if (decided != null && decided.isBefore(child.collectionStart())) {
        out.flag(placed, "DATE_PLACED");
      }
    }
  }
}
