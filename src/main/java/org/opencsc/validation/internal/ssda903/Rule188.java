package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** A child under 4 on 31 March has neither an SDQ score nor a reason for no score. */
@DfeRule(
    code = "188",
    fields = {"SDQ_SCORE", "SDQ_REASON", "DOB"},
    advice = "Leave the SDQ items blank for a child under 4, or correct the date of birth.")
final class Rule188 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row oc2 : child.oc2()) {
      LocalDate dob = Oc2.dob(child, oc2);
      if (dob != null
          && dob.plusYears(4).isAfter(child.collectionEnd())
          && (oc2.present("SDQ_SCORE") || oc2.present("SDQ_REASON"))) {
        out.flag(oc2, "SDQ_SCORE", "SDQ_REASON");
      }
    }
  }
}
