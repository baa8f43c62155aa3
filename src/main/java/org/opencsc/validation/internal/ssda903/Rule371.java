package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child placed in supported accommodation (PLACE K3) must be at least 16 when the placement
 * starts.
 */
@DfeRule(
    code = "371",
    fields = {"PLACE", "DECOM", "DOB"},
    advice =
        "Check the placement type and the date of birth: supported accommodation is for young "
            + "people of 16 or over.")
final class Rule371 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    LocalDate dob = child.dob();
    if (dob == null) {
      return;
    }
    for (Ssda903Row episode : child.episodes()) {
      LocalDate start = episode.date("DECOM");
      if (start != null && episode.is("PLACE", "K3") && start.isBefore(dob.plusYears(16))) {
        out.flag(episode, "PLACE", "DECOM");
      }
    }
  }
}
