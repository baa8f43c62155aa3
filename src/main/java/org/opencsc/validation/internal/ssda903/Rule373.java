package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child placed in a residential school (PLACE S1) must be at least 4 when the placement starts.
 */
@DfeRule(
    code = "373",
    fields = {"PLACE", "DECOM", "DOB"},
    advice = "Check the placement type and the date of birth.")
final class Rule373 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    LocalDate dob = child.dob();
    if (dob == null) {
      return;
    }
    for (Ssda903Row episode : child.episodes()) {
      LocalDate start = episode.date("DECOM");
      if (start != null && episode.is("PLACE", "S1") && start.isBefore(dob.plusYears(4))) {
        out.flag(episode, "PLACE", "DECOM");
      }
    }
  }
}
