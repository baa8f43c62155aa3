package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child who received an intervention for substance misuse (INTERVENTION_RECEIVED = 1) must have
 * INTERVENTION_OFFERED blank.
 */
@DfeRule(
    code = "158",
    fields = {"INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"},
    advice = "Leave 'intervention offered' blank when the child received the intervention.")
final class Rule158 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row oc2 : child.oc2()) {
      if (oc2.is("INTERVENTION_RECEIVED", "1") && oc2.present("INTERVENTION_OFFERED")) {
        out.flag(oc2, "INTERVENTION_OFFERED").related(oc2, "INTERVENTION_RECEIVED");
      }
    }
  }
}
