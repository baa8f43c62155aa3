package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** A first child's date of birth (MC_DOB) given last year cannot change this year. */
@DfeRule(
    code = "624",
    fields = {"MC_DOB"},
    needs = Need.PREVIOUS_RETURN,
    advice = "Use the same date as last year's return, or correct last year's.")
final class Rule624 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row header = child.header();
    Ssda903Row before = child.lastYear().map(LookedAfterChild::header).orElse(null);
    if (header != null
        && before != null
        && before.present("MC_DOB")
        && !SameDate.same(header, before, "MC_DOB")) {
      out.flag(header, "MC_DOB").related(before, "MC_DOB");
    }
  }
}
