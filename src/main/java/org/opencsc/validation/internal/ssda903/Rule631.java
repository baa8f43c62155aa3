package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** PREV_PERM, when given, must be a code of the year's previous permanence list. */
@DfeRule(
    code = "631",
    fields = {"PREV_PERM"},
    advice = "Record the previous permanence option with one of the DfE's codes.")
final class Rule631 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row prev : child.prevPerm()) {
      if (prev.present("PREV_PERM")
          && !child.inReturn().codes().valid("PREV_PERM", prev.value("PREV_PERM"))) {
        out.flag(prev, "PREV_PERM");
      }
    }
  }
}
