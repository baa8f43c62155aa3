package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A young woman recorded as a mother (MOTHER = 1) last year is still one this year, if she is
 * looked after this year (has episodes).
 */
@DfeRule(
    code = "207",
    fields = {"MOTHER"},
    needs = Need.PREVIOUS_RETURN,
    advice =
        "Check whether the young woman is a mother against last year's return and correct the one"
            + " that is wrong.")
final class Rule207 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row header = child.header();
    Ssda903Row last = LastYearHeader.of(child);
    if (header == null || last == null || child.episodes().isEmpty()) {
      return;
    }
    if (last.is("MOTHER", "1") && !header.is("MOTHER", "1")) {
      out.flag(header, "MOTHER").related(last, "MOTHER");
    }
  }
}
