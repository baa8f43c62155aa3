package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** An OC2 record with an SDQ score has no reason for no score (SDQ_REASON). */
@DfeRule(
    code = "197a",
    fields = {"SDQ_SCORE", "SDQ_REASON"},
    advice = "Leave the reason for no SDQ score blank when the score is recorded.")
final class Rule197a implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row oc2 : child.oc2()) {
      if (oc2.present("SDQ_SCORE") && oc2.present("SDQ_REASON")) {
        out.flag(oc2, "SDQ_SCORE", "SDQ_REASON");
      }
    }
  }
}
