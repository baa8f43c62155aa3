package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A care leaver recorded last year as having died (IN_TOUCH DIED) must be recorded so again this
 * year.
 */
@DfeRule(
    code = "348",
    fields = {"IN_TOUCH"},
    needs = Need.PREVIOUS_RETURN,
    advice =
        "Check the young person's record: last year's return says they died. Correct this year's"
            + " in-touch code, or last year's if that was wrong.")
final class Rule348 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    boolean diedLastYear =
        child
            .lastYear()
            .map(last -> last.oc3().stream().anyMatch(r -> r.is("IN_TOUCH", "DIED")))
            .orElse(false);
    if (!diedLastYear) {
      return;
    }
    for (Ssda903Row oc3 : child.oc3()) {
      if (!oc3.is("IN_TOUCH", "DIED")) {
        out.flag(oc3, "IN_TOUCH");
      }
    }
  }
}
