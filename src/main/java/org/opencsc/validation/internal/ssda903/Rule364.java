package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;

/**
 * Detention under PACE in council accommodation is short (the DfE's check allows 21 days). A spell
 * of legal status J2 (consecutive episodes with it, each starting the day the one before ended; an
 * open one counting to 31 March) cannot last more than 21 days.
 */
@DfeRule(
    code = "364",
    fields = {"LS", "DECOM", "DEC"},
    advice =
        "Check the legal status and the dates of the episodes: after the detention, record the "
            + "legal status that followed it.")
final class Rule364 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    LegalStatusSpells.flagLongerThan(child, out, "J2", 21);
  }
}
