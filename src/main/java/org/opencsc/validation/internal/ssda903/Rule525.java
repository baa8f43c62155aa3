package org.opencsc.validation.internal.ssda903;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child whose decision to be placed for adoption was reversed (DATE_PLACED_CEASED given) cannot
 * have adoption details (AD1: DATE_INT, DATE_MATCH, FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR)
 * this year.
 */
@DfeRule(
    code = "525",
    fields = {
      "DATE_PLACED_CEASED",
      "DATE_INT",
      "DATE_MATCH",
      "FOSTER_CARE",
      "NB_ADOPTR",
      "SEX_ADOPTR",
      "LS_ADOPTR"
    },
    advice =
        "Either the decision was not reversed (clear DATE_PLACED_CEASED) or the child was not"
            + " adopted (remove the adoption details).")
final class Rule525 implements Rule<LookedAfterChild> {

  private static final String[] ADOPTION = {
    "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"
  };

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row placed : child.placedAdoption()) {
      if (placed.blank("DATE_PLACED_CEASED")) {
        continue;
      }
      for (Ssda903Row ad1 : child.ad1()) {
        List<String> given = new ArrayList<>();
        for (String field : ADOPTION) {
          if (ad1.present(field)) {
            given.add(field);
          }
        }
        if (!given.isEmpty()) {
          out.flag(placed, "DATE_PLACED_CEASED").flag(ad1, given.toArray(String[]::new));
        }
      }
    }
  }
}
