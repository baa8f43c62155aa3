package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * LA_PERM, when given, must be a code of the year's list: an English council's code, or WAL, SCO,
 * NIR or NUK for an order made outside England.
 */
@DfeRule(
    code = "633",
    fields = {"LA_PERM"},
    advice = "Record the council that arranged the previous permanence option by its DfE code.")
final class Rule633 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row prev : child.prevPerm()) {
      if (prev.present("LA_PERM")
          && !child.inReturn().codes().valid("LA_PERM", prev.value("LA_PERM"))) {
        out.flag(prev, "LA_PERM");
      }
    }
  }
}
