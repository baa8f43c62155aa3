package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** A child under 10 on 31 March (DOB on the OC2 row) cannot have CONVICTED completed. */
@DfeRule(
    code = "542",
    fields = {"DOB", "CONVICTED"},
    advice = "Leave the conviction field blank for children under 10, or check the date of birth.")
final class Rule542 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row oc2 : child.oc2()) {
      LocalDate dob = oc2.date("DOB");
      if (dob != null
          && dob.plusYears(10).isAfter(child.collectionEnd())
          && oc2.present("CONVICTED")) {
        out.flag(oc2, "CONVICTED").related(oc2, "DOB");
      }
    }
  }
}
