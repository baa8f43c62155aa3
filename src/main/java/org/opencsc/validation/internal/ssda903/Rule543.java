package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child aged 10 or over on 31 March who was looked after continuously for the year (see {@link
 * PeriodsOfCare#continuouslyLookedAfter}) must have CONVICTED completed on the OC2 row.
 */
@DfeRule(
    code = "543",
    fields = {"DOB", "CONVICTED"},
    advice = "Record whether the child was convicted during the year (0 or 1).")
final class Rule543 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row oc2 : child.oc2()) {
      LocalDate dob = oc2.date("DOB");
      if (dob != null
          && !dob.plusYears(10).isAfter(child.collectionEnd())
          && oc2.blank("CONVICTED")
          && PeriodsOfCare.continuouslyLookedAfter(child)) {
        out.flag(oc2, "CONVICTED").related(oc2, "DOB");
      }
    }
  }
}
