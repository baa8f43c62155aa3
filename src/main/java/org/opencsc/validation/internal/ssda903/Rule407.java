package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** A special guardianship order (REC E45 to E48) cannot end an episode after the 18th birthday. */
@DfeRule(
    code = "407",
    fields = {"REC", "DEC", "DOB"},
    advice = "Check the reason the episode ended, its end date and the date of birth.")
final class Rule407 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    LocalDate dob = child.dob();
    if (dob == null) {
      return;
    }
    for (Ssda903Row episode : child.episodes()) {
      LocalDate end = episode.date("DEC");
      if (end != null
          && episode.is("REC", "E45", "E46", "E47", "E48")
          && end.isAfter(dob.plusYears(18))) {
        out.flag(episode, "REC").related(episode, "DEC");
      }
    }
  }
}
