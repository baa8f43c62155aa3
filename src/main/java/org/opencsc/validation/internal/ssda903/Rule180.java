package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** The SDQ score (SDQ_SCORE, OC2), when given, is a whole number from 0 to 40. */
@DfeRule(
    code = "180",
    fields = {"SDQ_SCORE"},
    advice = "Record the child's total SDQ score, a whole number from 0 to 40.")
final class Rule180 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row oc2 : child.oc2()) {
      if (oc2.blank("SDQ_SCORE")) {
        continue;
      }
      Integer score = oc2.number("SDQ_SCORE");
      if (score == null || score > 40) {
        out.flag(oc2, "SDQ_SCORE");
      }
    }
  }
}
