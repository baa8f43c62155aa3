package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** The decision that the child should be placed for adoption (DATE_PLACED) is not before birth. */
@DfeRule(
    code = "184",
    fields = {"DATE_PLACED", "DOB"},
    advice = "Check the child's date of birth and the date of the decision; correct either.")
final class Rule184 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row header = child.header();
    LocalDate dob = header == null ? null : header.date("DOB");
    if (header == null || dob == null) {
      return;
    }
    for (Ssda903Row placed : child.placedAdoption()) {
      LocalDate decided = placed.date("DATE_PLACED");
      if (decided != null && decided.isBefore(dob)) {
        out.flag(placed, "DATE_PLACED").flag(header, "DOB");
      }
    }
  }
}
