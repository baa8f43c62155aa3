package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * The date the child was matched with adopters (AD1 DATE_MATCH) must be on or before the start of
 * the placement that ended in adoption (the episode whose REC is E11 or E12).
 */
@DfeRule(
    code = "331",
    fields = {"DATE_MATCH", "DECOM", "REC"},
    advice =
        "Check the date of matching on the adoption record against the start of the adoptive"
            + " placement; correct whichever is wrong.")
final class Rule331 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      LocalDate placed = episode.date("DECOM");
      if (placed == null || !episode.is("REC", "E11", "E12")) {
        continue;
      }
      for (Ssda903Row ad1 : child.ad1()) {
        LocalDate matched = ad1.date("DATE_MATCH");
        if (matched != null && matched.isAfter(placed)) {
          out.flag(ad1, "DATE_MATCH").flag(episode, "DECOM").related(episode, "REC");
        }
      }
    }
  }
}
