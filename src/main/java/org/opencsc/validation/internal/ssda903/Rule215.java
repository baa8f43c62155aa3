package org.opencsc.validation.internal.ssda903;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** A care leaver with care leaver information (OC3) has no OC2 items completed. */
@DfeRule(
    code = "215",
    fields = {
      "IN_TOUCH",
      "ACTIV",
      "ACCOM",
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
        "A child is either a care leaver or looked after for the whole year: remove the OC2 or the"
            + " OC3 record, whichever is wrong.")
final class Rule215 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row oc3 : child.oc3()) {
      if (!CareLeaver.hasInformation(oc3)) {
        continue;
      }
      for (Ssda903Row oc2 : child.oc2()) {
        List<String> given = new ArrayList<>();
        for (String field : Oc2.ITEMS) {
          if (oc2.present(field)) {
            given.add(field);
          }
        }
        if (!given.isEmpty()) {
          out.flag(oc3, CareLeaver.FIELDS).flag(oc2, given.toArray(String[]::new));
        }
      }
    }
  }
}
