package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** An SDQ score is only recorded for a child looked after continuously for 12 months. */
@DfeRule(
    code = "185",
    fields = {"SDQ_SCORE"},
    advice =
        "Remove the SDQ score of a child not looked after for the whole year, or correct the"
            + " episodes if they were.")
final class Rule185 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    if (child.oc2().isEmpty() || ContinuouslyLookedAfter.at12Months(child)) {
      return;
    }
    for (Ssda903Row oc2 : child.oc2()) {
      if (oc2.present("SDQ_SCORE")) {
        out.flag(oc2, "SDQ_SCORE");
      }
    }
  }
}
