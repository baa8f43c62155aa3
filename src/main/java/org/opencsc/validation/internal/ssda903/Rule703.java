package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** A DoLO cannot start after 31 March of the collection year. */
@DfeRule(
    code = "703",
    fields = {"DOLO_START"},
    advice = "Correct the start date, or leave the order out of this year's return.")
final class Rule703 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row dolo : child.dolo()) {
      LocalDate start = dolo.date("DOLO_START");
      if (start != null && start.isAfter(child.collectionEnd())) {
        out.flag(dolo, "DOLO_START");
      }
    }
  }
}
