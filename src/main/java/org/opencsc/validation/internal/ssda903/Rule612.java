package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A girl (SEX = F) not recorded as a mother (MOTHER blank or 0) cannot have a first child's date of
 * birth (MC_DOB).
 */
@DfeRule(
    code = "612",
    fields = {"SEX", "MOTHER", "MC_DOB"},
    advice = "Correct the mother field, or remove the child's date of birth.")
final class Rule612 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row header = child.header();
    if (header != null
        && header.is("SEX", "F")
        && (header.blank("MOTHER") || header.is("MOTHER", "0"))
        && header.present("MC_DOB")) {
      out.flag(header, "MOTHER", "MC_DOB");
    }
  }
}
