package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** The date of birth cannot be after the end of the collection year (31 March). */
@DfeRule(
    code = "301",
    fields = {"DOB"},
    advice = "Correct the child's date of birth in the case-management system.")
final class Rule301 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row header = child.header();
    LocalDate dob = child.dob();
    if (header != null && dob != null && dob.isAfter(child.collectionEnd())) {
      out.flag(header, "DOB");
    }
  }
}
