package org.opencsc.validation.internal.ssda903;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * An OC2 record with any of the other items (CONVICTED, HEALTH_CHECK, INTERVENTION_RECEIVED,
 * INTERVENTION_OFFERED) must have immunisations, teeth check, health assessment and substance
 * misuse all completed.
 */
@DfeRule(
    code = "182",
    fields = {
      "IMMUNISATIONS",
      "TEETH_CHECK",
      "HEALTH_ASSESSMENT",
      "SUBSTANCE_MISUSE",
      "CONVICTED",
      "HEALTH_CHECK",
      "INTERVENTION_RECEIVED",
      "INTERVENTION_OFFERED"
    },
    advice =
        "Complete the immunisations, teeth check, health assessment and substance misuse items of"
            + " the child's OC2 record.")
final class Rule182 implements Rule<LookedAfterChild> {

  private static final String[] REQUIRED = {
    "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"
  };
  private static final String[] OTHERS = {
    "CONVICTED", "HEALTH_CHECK", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"
  };

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row oc2 : child.oc2()) {
      List<String> blank = new ArrayList<>();
      for (String field : REQUIRED) {
        if (oc2.blank(field)) {
          blank.add(field);
        }
      }
      List<String> given = new ArrayList<>();
      for (String field : OTHERS) {
        if (oc2.present(field)) {
          given.add(field);
        }
      }
      if (!blank.isEmpty() && !given.isEmpty()) {
        out.flag(oc2, blank.toArray(String[]::new)).related(oc2, given.toArray(String[]::new));
      }
    }
  }
}
