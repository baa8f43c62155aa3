package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A care leaver in a Foyer (ACCOM T) must have been 18 by the start of the collection year (date of
 * birth from the OC3 row, else the Header).
 */
@DfeRule(
    code = "347",
    fields = {"ACCOM", "DOB"},
    advice =
        "Check the young person's accommodation and date of birth: a Foyer is not for care leavers"
            + " under 18.")
final class Rule347 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row oc3 : child.oc3()) {
      LocalDate dob = oc3.date("DOB") != null ? oc3.date("DOB") : child.dob();
      if (dob != null
          && oc3.is("ACCOM", "T")
          && dob.plusYears(18).isAfter(child.collectionStart())) {
        out.flag(oc3, "ACCOM");
      }
    }
  }
}
