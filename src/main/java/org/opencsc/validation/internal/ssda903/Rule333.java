package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * When the date of matching (DATE_MATCH) is given, the date of the decision that the child should
 * be placed for adoption (DATE_INT) must be given too, and be on or before it.
 */
@DfeRule(
    code = "333",
    fields = {"DATE_INT", "DATE_MATCH"},
    advice =
        "Record the date of the decision that the child should be placed for adoption, on or"
            + " before the date of matching.")
final class Rule333 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row ad1 : child.ad1()) {
      LocalDate matched = ad1.date("DATE_MATCH");
      if (matched == null) {
        continue;
      }
      LocalDate decided = ad1.date("DATE_INT");
      if (decided == null || decided.isAfter(matched)) {
        out.flag(ad1, "DATE_INT").related(ad1, "DATE_MATCH");
      }
    }
  }
}
