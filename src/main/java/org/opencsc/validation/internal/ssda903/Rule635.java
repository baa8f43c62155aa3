package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A previous permanence option of Z1 (none, or not known) has no order: the date (DATE_PERM) and
 * council (LA_PERM) of an order must be blank.
 */
@DfeRule(
    code = "635",
    fields = {"PREV_PERM", "LA_PERM", "DATE_PERM"},
    advice =
        "Either record the previous permanence option the order was for, or clear its details.")
final class Rule635 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row prev : child.prevPerm()) {
      if (prev.is("PREV_PERM", "Z1") && (prev.present("LA_PERM") || prev.present("DATE_PERM"))) {
        out.flag(prev, "PREV_PERM", "LA_PERM", "DATE_PERM");
      }
    }
  }
}
