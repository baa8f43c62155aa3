package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** A mother's first child (MC_DOB) must be born after the mother (DOB). */
@DfeRule(
    code = "621",
    fields = {"DOB", "MC_DOB"},
    advice = "Check the two dates of birth and correct the wrong one.")
final class Rule621 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row header = child.header();
    if (header == null) {
      return;
    }
    LocalDate dob = header.date("DOB");
    LocalDate firstChild = header.date("MC_DOB");
    if (dob != null && firstChild != null && !firstChild.isAfter(dob)) {
      out.flag(header, "DOB", "MC_DOB");
    }
  }
}
