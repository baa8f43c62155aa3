package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child under 5 on 31 March who was looked after continuously for the year (see {@link
 * PeriodsOfCare#continuouslyLookedAfter}) must have HEALTH_CHECK completed on the OC2 row.
 */
@DfeRule(
    code = "545",
    fields = {"DOB", "HEALTH_CHECK"},
    advice = "Record whether the child's development assessments are up to date (0 or 1).")
final class Rule545 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row oc2 : child.oc2()) {
      LocalDate dob = oc2.date("DOB");
      if (dob != null
          && dob.plusYears(5).isAfter(child.collectionEnd())
          && oc2.blank("HEALTH_CHECK")
          && PeriodsOfCare.continuouslyLookedAfter(child)) {
        out.flag(oc2, "HEALTH_CHECK").related(oc2, "DOB");
      }
    }
  }
}
