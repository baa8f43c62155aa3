package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A care leaver (OC3) must have been looked after: a child with an OC3 record and no episode in
 * this year's return or last year's is flagged (earlier years are not checked, hence the DfE's note
 * on false positives).
 */
@DfeRule(
    code = "1002",
    fields = {"IN_TOUCH", "ACTIV", "ACCOM"},
    needs = Need.PREVIOUS_RETURN,
    advice =
        "Check that the child was looked after (their episodes may be missing from the return, or"
            + " recorded under another child ID); remove the care leaver record if they were not.")
final class Rule1002 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    if (!child.episodes().isEmpty()) {
      return;
    }
    boolean lastYear = child.lastYear().map(last -> !last.episodes().isEmpty()).orElse(false);
    if (lastYear) {
      return;
    }
    for (Ssda903Row oc3 : child.oc3()) {
      out.flag(oc3, CareLeaver.FIELDS);
    }
  }
}
