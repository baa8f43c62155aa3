package org.opencsc.validation.internal.ssda903;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** The OC2 items (convictions, health checks, substance misuse, …), when given, are 0 or 1. */
@DfeRule(
    code = "181",
    fields = {
      "CONVICTED",
      "HEALTH_CHECK",
      "IMMUNISATIONS",
      "TEETH_CHECK",
      "HEALTH_ASSESSMENT",
      "SUBSTANCE_MISUSE",
      "INTERVENTION_RECEIVED",
      "INTERVENTION_OFFERED"
    },
    advice = "Record each item of the child's OC2 record as 0 (no) or 1 (yes).")
final class Rule181 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row oc2 : child.oc2()) {
      List<String> wrong = new ArrayList<>();
      for (String field : Oc2.ITEMS) {
        if (oc2.present(field) && !oc2.is(field, "0", "1")) {
          wrong.add(field);
        }
      }
      if (!wrong.isEmpty()) {
        out.flag(oc2, wrong.toArray(String[]::new));
      }
    }
  }
}
