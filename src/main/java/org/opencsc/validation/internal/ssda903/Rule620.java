package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** A child recorded as a mother (MOTHER = 1) must be 11 or over on 1 April of the year. */
@DfeRule(
    code = "620",
    fields = {"MOTHER", "DOB"},
    advice = "Check the mother field and the child's date of birth.")
final class Rule620 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row header = child.header();
    if (header == null || !header.is("MOTHER", "1")) {
      return;
    }
    LocalDate dob = header.date("DOB");
    if (dob != null && dob.plusYears(11).isAfter(child.collectionStart())) {
      out.flag(header, "MOTHER", "DOB");
    }
  }
}
