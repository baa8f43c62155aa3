package org.opencsc.validation.internal.ssda903;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * Adoption details (AD1) are only for children adopted during the year: a child with any AD1 field
 * completed needs an episode that ended with REC E11 or E12 in the year.
 */
@DfeRule(
    code = "602",
    fields = {
      "REC",
      "DEC",
      "DATE_INT",
      "DATE_MATCH",
      "FOSTER_CARE",
      "NB_ADOPTR",
      "SEX_ADOPTR",
      "LS_ADOPTR"
    },
    advice =
        "Remove the adoption details if the child was not adopted this year, or record the"
            + " adoption on the child's last episode.")
final class Rule602 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      if (AdoptionDetails.adoptedInYear(child, episode)) {
        return;
      }
    }
    for (Ssda903Row ad1 : child.ad1()) {
      List<String> given = new ArrayList<>();
      for (String field : AdoptionDetails.FIELDS) {
        if (ad1.present(field)) {
          given.add(field);
        }
      }
      if (!given.isEmpty()) {
        out.flag(ad1, given.toArray(String[]::new));
      }
    }
  }
}
