package org.opencsc.validation.internal.ssda903;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child without a substance misuse problem (SUBSTANCE_MISUSE 0 or blank) has both intervention
 * items blank.
 */
@DfeRule(
    code = "193",
    fields = {"SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"},
    advice =
        "Leave the intervention items blank, or record that the child has a substance misuse"
            + " problem if they do.")
final class Rule193 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row oc2 : child.oc2()) {
      if (!oc2.blank("SUBSTANCE_MISUSE") && !oc2.is("SUBSTANCE_MISUSE", "0")) {
        continue;
      }
      List<String> given = new ArrayList<>();
      for (String field : new String[] {"INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"}) {
        if (oc2.present(field)) {
          given.add(field);
        }
      }
      if (!given.isEmpty()) {
        out.flag(oc2, given.toArray(String[]::new)).related(oc2, "SUBSTANCE_MISUSE");
      }
    }
  }
}
