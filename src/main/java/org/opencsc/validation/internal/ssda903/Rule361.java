package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;

/**
 * Police protection lasts at most 72 hours. A spell of legal status L1 (consecutive episodes with
 * it, each starting the day the one before ended; an open one counting to 31 March) cannot last
 * more than 3 days.
 */
@DfeRule(
    code = "361",
    fields = {"LS", "DECOM", "DEC"},
    advice =
        "Check the legal status and the dates of the episodes: a longer stay is usually under "
            + "another legal status from the day police protection ended.")
final class Rule361 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    LegalStatusSpells.flagLongerThan(child, out, "L1", 3);
  }
}
