package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A reason for no SDQ score is only recorded for a child looked after continuously for 12 months.
 */
@DfeRule(
    code = "198",
    fields = {"SDQ_REASON"},
    advice =
        "Remove the reason for no SDQ score of a child not looked after for the whole year, or"
            + " correct the episodes if they were.")
final class Rule198 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    if (child.oc2().isEmpty() || ContinuouslyLookedAfter.at12Months(child)) {
      return;
    }
    for (Ssda903Row oc2 : child.oc2()) {
      if (oc2.present("SDQ_REASON")) {
        out.flag(oc2, "SDQ_REASON");
      }
    }
  }
}
