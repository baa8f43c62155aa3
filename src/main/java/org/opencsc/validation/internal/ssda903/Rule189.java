package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** A child 17 or over on 1 April has neither an SDQ score nor a reason for no score. */
@DfeRule(
    code = "189",
    fields = {"DOB", "SDQ_SCORE", "SDQ_REASON"},
    advice =
        "Leave the SDQ items blank for a young person of 17 or over, or correct the date of birth.")
final class Rule189 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row oc2 : child.oc2()) {
      LocalDate dob = Oc2.dob(child, oc2);
      if (dob != null
          && !dob.plusYears(17).isAfter(child.collectionStart())
          && (oc2.present("SDQ_SCORE") || oc2.present("SDQ_REASON"))) {
        out.flag(oc2, "SDQ_SCORE", "SDQ_REASON");
      }
    }
  }
}
