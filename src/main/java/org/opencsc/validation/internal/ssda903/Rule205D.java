package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child in last year's return who was not UASC then cannot be UASC this year (the status is known
 * when the child first comes into care).
 */
@DfeRule(
    code = "205D",
    fields = {"CHILD"},
    needs = Need.PREVIOUS_RETURN,
    advice =
        "Check the child's UASC status in both years' returns; correct last year's if the child"
            + " was already UASC, or remove this year's UASC record.")
final class Rule205D implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    LookedAfterChild last = child.lastYear().orElse(null);
    Ssda903Row now = Uasc.row(child);
    if (now == null || last == null || last.header() == null) {
      return;
    }
    if (Uasc.row(last) == null) {
      out.flag(now, "CHILD").related(last.header(), "CHILD");
    }
  }
}
