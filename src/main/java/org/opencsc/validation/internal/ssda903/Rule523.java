package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * The decision that the child should be placed for adoption (DATE_PLACED) and the decision that
 * adoption is in the child's best interest (AD1 DATE_INT) should be the same date.
 */
@DfeRule(
    code = "523",
    fields = {"DATE_PLACED", "DATE_INT"},
    advice =
        "Check the date of the decision to place for adoption on both records; they are normally"
            + " the same decision and should carry the same date.")
final class Rule523 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row placed : child.placedAdoption()) {
      LocalDate decided = placed.date("DATE_PLACED");
      if (decided == null) {
        continue;
      }
      for (Ssda903Row ad1 : child.ad1()) {
        LocalDate interest = ad1.date("DATE_INT");
        if (interest != null && !interest.equals(decided)) {
          out.flag(placed, "DATE_PLACED").flag(ad1, "DATE_INT");
        }
      }
    }
  }
}
