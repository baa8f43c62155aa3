package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** A child with a substance misuse problem must have INTERVENTION_RECEIVED completed. */
@DfeRule(
    code = "192",
    fields = {"SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED"},
    advice = "Record whether the child received an intervention for their substance misuse.")
final class Rule192 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row oc2 : child.oc2()) {
      if (oc2.is("SUBSTANCE_MISUSE", "1") && oc2.blank("INTERVENTION_RECEIVED")) {
        out.flag(oc2, "INTERVENTION_RECEIVED").related(oc2, "SUBSTANCE_MISUSE");
      }
    }
  }
}
