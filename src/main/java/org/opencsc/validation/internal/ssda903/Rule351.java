package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** A child whose 25th birthday was before the start of the collection year is out of scope. */
@DfeRule(
    code = "351",
    fields = {"DOB"},
    advice =
        "Check the date of birth, and remove the young person from the return if they are out of"
            + " scope.")
final class Rule351 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row header = child.header();
    LocalDate dob = child.dob();
    if (header != null && dob != null && child.collectionStart().isAfter(dob.plusYears(25))) {
      out.flag(header, "DOB");
    }
  }
}
