package org.opencsc.validation.internal.ssda903;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * The OC2 outcomes go together. An OC2 row with HEALTH_CHECK = 1 must also have IMMUNISATIONS,
 * TEETH_CHECK, HEALTH_ASSESSMENT and SUBSTANCE_MISUSE completed.
 */
@DfeRule(
    code = "547",
    fields = {
      "HEALTH_CHECK",
      "IMMUNISATIONS",
      "TEETH_CHECK",
      "HEALTH_ASSESSMENT",
      "SUBSTANCE_MISUSE"
    },
    advice = "Complete the child's health outcomes on the OC2 record.")
final class Rule547 implements Rule<LookedAfterChild> {

  private static final String[] HEALTH = {
    "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"
  };

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row oc2 : child.oc2()) {
      if (!oc2.is("HEALTH_CHECK", "1")) {
        continue;
      }
      List<String> blank = new ArrayList<>();
      for (String field : HEALTH) {
        if (oc2.blank(field)) {
          blank.add(field);
        }
      }
      if (!blank.isEmpty()) {
        out.flag(oc2, blank.toArray(String[]::new)).related(oc2, "HEALTH_CHECK");
      }
    }
  }
}
