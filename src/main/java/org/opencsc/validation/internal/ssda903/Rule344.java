package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A care leaver who has died (IN_TOUCH DIED) or returned home for six months or more (RHOM) has no
 * activity or accommodation to report: ACTIV and ACCOM must be 0 or blank.
 */
@DfeRule(
    code = "344",
    fields = {"IN_TOUCH", "ACTIV", "ACCOM"},
    advice =
        "Check whether the young person has died or returned home; if so, remove the activity and"
            + " accommodation.")
final class Rule344 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row oc3 : child.oc3()) {
      if (!oc3.is("IN_TOUCH", "DIED", "RHOM")) {
        continue;
      }
      boolean activity = oc3.present("ACTIV") && !oc3.is("ACTIV", "0");
      boolean accommodation = oc3.present("ACCOM") && !oc3.is("ACCOM", "0");
      if (activity || accommodation) {
        out.flag(oc3, "ACTIV", "ACCOM").related(oc3, "IN_TOUCH");
      }
    }
  }
}
