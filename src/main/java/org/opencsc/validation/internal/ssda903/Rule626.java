package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child recorded last year as not a mother (MOTHER = 0) and this year as a mother (MOTHER = 1)
 * had her first child this year: MC_DOB cannot be before 1 April.
 */
@DfeRule(
    code = "626",
    fields = {"MOTHER", "MC_DOB"},
    needs = Need.PREVIOUS_RETURN,
    advice =
        "Check the first child's date of birth; if it is right, last year's mother field was"
            + " wrong.")
final class Rule626 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row header = child.header();
    Ssda903Row before = child.lastYear().map(LookedAfterChild::header).orElse(null);
    if (header == null || before == null) {
      return;
    }
    LocalDate born = header.date("MC_DOB");
    if (header.is("MOTHER", "1")
        && before.is("MOTHER", "0")
        && born != null
        && born.isBefore(child.collectionStart())) {
      out.flag(header, "MOTHER", "MC_DOB").related(before, "MOTHER");
    }
  }
}
