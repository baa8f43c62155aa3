package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * The child's first episode in the return cannot start before the child's date of birth. The
 * episode that started care may be in an earlier year's return, so the earliest one here is taken.
 */
@DfeRule(
    code = "302",
    fields = {"DECOM", "DOB"},
    advice =
        "Check the date of birth on the Header and the start date of the first episode; correct"
            + " whichever is wrong.")
final class Rule302 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row header = child.header();
    LocalDate dob = child.dob();
    if (header == null || dob == null || child.episodes().isEmpty()) {
      return;
    }
    Ssda903Row first = child.episodes().get(0); // start order: unreadable dates last
    LocalDate start = first.date("DECOM");
    if (start != null && start.isBefore(dob)) {
      out.flag(first, "DECOM").flag(header, "DOB");
    }
  }
}
