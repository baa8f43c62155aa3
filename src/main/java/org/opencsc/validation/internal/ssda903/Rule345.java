package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** A care leaver the council is in touch with (IN_TOUCH YES) cannot have ACTIV or ACCOM 0. */
@DfeRule(
    code = "345",
    fields = {"IN_TOUCH", "ACTIV", "ACCOM"},
    advice =
        "Record the young person's activity and accommodation, or correct whether the council is"
            + " in touch.")
final class Rule345 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row oc3 : child.oc3()) {
      if (oc3.is("IN_TOUCH", "YES") && (oc3.is("ACTIV", "0") || oc3.is("ACCOM", "0"))) {
        out.flag(oc3, "ACTIV", "ACCOM").related(oc3, "IN_TOUCH");
      }
    }
  }
}
