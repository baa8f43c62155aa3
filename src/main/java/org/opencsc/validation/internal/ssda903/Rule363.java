package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;

/**
 * A child assessment order lasts at most 7 days. A spell of legal status L3 (consecutive episodes
 * with it, each starting the day the one before ended; an open one counting to 31 March) cannot
 * last more than 7 days.
 */
@DfeRule(
    code = "363",
    fields = {"LS", "DECOM", "DEC"},
    advice =
        "Check the legal status and the dates of the episodes: after the order, record the "
            + "legal status that followed it.")
final class Rule363 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    LegalStatusSpells.flagLongerThan(child, out, "L3", 7);
  }
}
