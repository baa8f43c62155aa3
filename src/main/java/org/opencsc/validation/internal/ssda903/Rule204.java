package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** The child's ethnicity (ETHNIC) is the same as in last year's return (case aside). */
@DfeRule(
    code = "204",
    fields = {"ETHNIC"},
    needs = Need.PREVIOUS_RETURN,
    advice =
        "Check the child's ethnicity against last year's return and correct the one that is wrong.")
final class Rule204 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row header = child.header();
    Ssda903Row last = LastYearHeader.of(child);
    if (header != null
        && last != null
        && !header.value("ETHNIC").equalsIgnoreCase(last.value("ETHNIC"))) {
      out.flag(header, "ETHNIC").related(last, "ETHNIC");
    }
  }
}
