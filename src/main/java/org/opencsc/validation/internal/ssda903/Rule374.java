package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child placed in residential employment (PLACE P3) must be at least 14 when the placement
 * starts.
 */
@DfeRule(
    code = "374",
    fields = {"PLACE", "DECOM", "DOB"},
    advice = "Check the placement type and the date of birth.")
final class Rule374 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    LocalDate dob = child.dob();
    if (dob == null) {
      return;
    }
    for (Ssda903Row episode : child.episodes()) {
      LocalDate start = episode.date("DECOM");
      if (start != null && episode.is("PLACE", "P3") && start.isBefore(dob.plusYears(14))) {
        out.flag(episode, "PLACE", "DECOM");
      }
    }
  }
}
