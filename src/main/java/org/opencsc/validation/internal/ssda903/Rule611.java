package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** A child recorded as a mother (MOTHER = 1) needs her first child's date of birth (MC_DOB). */
@DfeRule(
    code = "611",
    fields = {"MOTHER", "MC_DOB"},
    advice = "Record the date of birth of the young woman's first child.")
final class Rule611 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row header = child.header();
    if (header != null && header.is("MOTHER", "1") && header.blank("MC_DOB")) {
      out.flag(header, "MC_DOB").related(header, "MOTHER");
    }
  }
}
