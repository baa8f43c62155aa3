package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;

/**
 * An emergency protection order lasts at most 21 days. A spell of legal status L2 (consecutive
 * episodes with it, each starting the day the one before ended; an open one counting to 31 March)
 * cannot last more than 21 days.
 */
@DfeRule(
    code = "362",
    fields = {"LS", "DECOM", "DEC"},
    advice =
        "Check the legal status and the dates of the episodes: after the order, record the "
            + "legal status that followed it.")
final class Rule362 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    LegalStatusSpells.flagLongerThan(child, out, "L2", 21);
  }
}
