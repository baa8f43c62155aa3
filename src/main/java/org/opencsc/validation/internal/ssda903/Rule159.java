package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child with a substance misuse problem (SUBSTANCE_MISUSE = 1) who did not receive an
 * intervention (INTERVENTION_RECEIVED = 0) must have INTERVENTION_OFFERED completed.
 */
@DfeRule(
    code = "159",
    fields = {"SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"},
    advice = "Record whether an intervention was offered to the child who did not receive one.")
final class Rule159 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row oc2 : child.oc2()) {
      if (oc2.is("SUBSTANCE_MISUSE", "1")
          && oc2.is("INTERVENTION_RECEIVED", "0")
          && oc2.blank("INTERVENTION_OFFERED")) {
        out.flag(oc2, "INTERVENTION_OFFERED")
            .related(oc2, "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED");
      }
    }
  }
}
