package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * The decision that the child should be placed for adoption (AD1 DATE_INT) cannot be before the
 * start of the child's latest period of care (the latest episode with RNE = S).
 */
@DfeRule(
    code = "334",
    fields = {"DATE_INT", "DECOM", "RNE"},
    advice =
        "Check the date of the decision to place for adoption against the start of the latest"
            + " period of care; correct whichever is wrong.")
final class Rule334 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row latest = null;
    for (Ssda903Row episode : child.episodes()) {
      if (episode.is("RNE", "S") && episode.date("DECOM") != null) {
        latest = episode; // start order: the last one found is the latest
      }
    }
    if (latest == null) {
      return;
    }
    LocalDate started = latest.date("DECOM");
    for (Ssda903Row ad1 : child.ad1()) {
      LocalDate decided = ad1.date("DATE_INT");
      if (decided != null && decided.isBefore(started)) {
        out.flag(ad1, "DATE_INT").flag(latest, "DECOM").related(latest, "RNE");
      }
    }
  }
}
