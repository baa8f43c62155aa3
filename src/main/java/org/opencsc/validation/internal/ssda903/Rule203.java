package org.opencsc.validation.internal.ssda903;

import java.util.Objects;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * The child's date of birth (DOB) is the same as in last year's return (a blank or invalid date on
 * one side only is a difference).
 */
@DfeRule(
    code = "203",
    fields = {"DOB"},
    needs = Need.PREVIOUS_RETURN,
    advice =
        "Check the child's date of birth against last year's return and correct the one that is"
            + " wrong.")
final class Rule203 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row header = child.header();
    Ssda903Row last = LastYearHeader.of(child);
    if (header != null && last != null && !Objects.equals(header.date("DOB"), last.date("DOB"))) {
      out.flag(header, "DOB").related(last, "DOB");
    }
  }
}
