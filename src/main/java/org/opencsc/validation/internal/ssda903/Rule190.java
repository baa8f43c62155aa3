package org.opencsc.validation.internal.ssda903;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** The OC2 items are only completed for a child looked after continuously for 12 months. */
@DfeRule(
    code = "190",
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
    advice =
        "Remove the OC2 record of a child not looked after for the whole year, or correct the"
            + " episodes if they were.")
final class Rule190 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    if (child.oc2().isEmpty() || ContinuouslyLookedAfter.at12Months(child)) {
      return;
    }
    for (Ssda903Row oc2 : child.oc2()) {
      List<String> given = new ArrayList<>();
      for (String field : Oc2.ITEMS) {
        if (oc2.present(field)) {
          given.add(field);
        }
      }
      if (!given.isEmpty()) {
        out.flag(oc2, given.toArray(String[]::new));
      }
    }
  }
}
