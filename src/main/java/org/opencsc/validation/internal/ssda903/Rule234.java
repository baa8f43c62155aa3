package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * The reason for placement change CUSTOD (admitted to custody) is wrong for a child under 10 at the
 * episode's start.
 */
@DfeRule(
    code = "234",
    fields = {"REASON_PLACE_CHANGE", "DECOM", "DOB"},
    advice =
        "Check the reason for the placement change and the child's date of birth: a child under 10"
            + " cannot be admitted to custody.")
final class Rule234 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    LocalDate dob = child.dob();
    if (dob == null) {
      return;
    }
    for (Ssda903Row episode : child.episodes()) {
      LocalDate start = episode.date("DECOM");
      if (start != null
          && episode.is("REASON_PLACE_CHANGE", "CUSTOD")
          && dob.plusYears(10).isAfter(start)) {
        out.flag(episode, "REASON_PLACE_CHANGE").related(episode, "DECOM");
      }
    }
  }
}
