package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;
import org.opencsc.validation.ssda903.Ssda903Tables;

/**
 * A care leaver (OC3) with no episode this year was not looked after this year: they cannot have
 * placed-for-adoption, missing, review, adoption (AD1), previous permanence or OC2 records.
 */
@DfeRule(
    code = "1012",
    fields = {"CHILD"},
    advice =
        "Remove the records of a care leaver who was not looked after this year, or add the"
            + " episodes if they were (check the child ID matches across the tables).")
final class Rule1012 implements Rule<LookedAfterChild> {

  private static final String[] TABLES = {
    Ssda903Tables.PLACED_ADOPTION,
    Ssda903Tables.MISSING,
    Ssda903Tables.REVIEWS,
    Ssda903Tables.AD1,
    Ssda903Tables.PREV_PERM,
    Ssda903Tables.OC2
  };

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    if (!child.episodes().isEmpty() || child.oc3().isEmpty()) {
      return;
    }
    for (String table : TABLES) {
      for (Ssda903Row row : child.rows(table)) {
        out.flag(row, "CHILD").related(child.oc3().get(0), "CHILD");
      }
    }
  }
}
