package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * The decision that the child should be placed for adoption (AD1 DATE_INT) must be on or before the
 * start of each placement for adoption (PLACE A3 to A6).
 */
@DfeRule(
    code = "521",
    fields = {"PLACE", "DECOM", "DATE_INT"},
    advice =
        "Check the date of the decision to place for adoption against the start of the placement"
            + " for adoption; correct whichever is wrong.")
final class Rule521 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      LocalDate placed = episode.date("DECOM");
      if (placed == null || !episode.is("PLACE", "A3", "A4", "A5", "A6")) {
        continue;
      }
      for (Ssda903Row ad1 : child.ad1()) {
        LocalDate decided = ad1.date("DATE_INT");
        if (decided != null && decided.isAfter(placed)) {
          out.flag(ad1, "DATE_INT").flag(episode, "DECOM").related(episode, "PLACE");
        }
      }
    }
  }
}
