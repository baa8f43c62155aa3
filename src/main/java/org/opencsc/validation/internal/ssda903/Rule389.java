package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child cannot transfer to residential care funded by adult social care (REC E7) before their
 * 16th birthday.
 */
@DfeRule(
    code = "389",
    fields = {"REC", "DEC", "DOB"},
    advice = "Check the reason the episode ended, its end date and the date of birth.")
final class Rule389 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    LocalDate dob = child.dob();
    if (dob == null) {
      return;
    }
    for (Ssda903Row episode : child.episodes()) {
      LocalDate end = episode.date("DEC");
      if (end != null && episode.is("REC", "E7") && end.isBefore(dob.plusYears(16))) {
        out.flag(episode, "REC").related(episode, "DEC");
      }
    }
  }
}
