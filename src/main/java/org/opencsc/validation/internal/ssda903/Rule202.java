package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** The child's sex (SEX) is the same as in last year's return. */
@DfeRule(
    code = "202",
    fields = {"SEX"},
    needs = Need.PREVIOUS_RETURN,
    advice = "Check the child's sex against last year's return and correct the one that is wrong.")
final class Rule202 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row header = child.header();
    Ssda903Row last = LastYearHeader.of(child);
    if (header != null && last != null && !header.value("SEX").equals(last.value("SEX"))) {
      out.flag(header, "SEX").related(last, "SEX");
    }
  }
}
