package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child aged 5 or over on 31 March, looked after continuously for the year, should not have
 * HEALTH_CHECK completed on the OC2 row: the health promotion item is for under-fives.
 */
@DfeRule(
    code = "546",
    fields = {"DOB", "HEALTH_CHECK"},
    advice = "Leave the health promotion field blank for children aged 5 or over.")
final class Rule546 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row oc2 : child.oc2()) {
      LocalDate dob = oc2.date("DOB");
      if (dob != null
          && !dob.plusYears(5).isAfter(child.collectionEnd())
          && oc2.present("HEALTH_CHECK")
          && PeriodsOfCare.continuouslyLookedAfter(child)) {
        out.flag(oc2, "HEALTH_CHECK").related(oc2, "DOB");
      }
    }
  }
}
