package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** The date of birth of a mother's child (MC_DOB) cannot be recorded for a male child (SEX = M). */
@DfeRule(
    code = "174",
    fields = {"SEX", "MC_DOB"},
    advice = "Check the child's sex and the date of birth of the mother's child; correct either.")
final class Rule174 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row header : child.rows("Header")) {
      if (header.is("SEX", "M") && header.present("MC_DOB")) {
        out.flag(header, "SEX", "MC_DOB");
      }
    }
  }
}
