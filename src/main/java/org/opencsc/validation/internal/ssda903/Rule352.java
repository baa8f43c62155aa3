package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** An episode that starts a period of care (RNE = S) cannot start on or after the 18th birthday. */
@DfeRule(
    code = "352",
    fields = {"DECOM", "RNE", "DOB"},
    advice =
        "Check the episode's start date and the date of birth: a young person of 18 cannot start"
            + " to be looked after.")
final class Rule352 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    LocalDate dob = child.dob();
    Ssda903Row header = child.header();
    if (dob == null || header == null) {
      return;
    }
    for (Ssda903Row episode : child.episodes()) {
      LocalDate start = episode.date("DECOM");
      if (start != null && episode.is("RNE", "S") && !start.isBefore(dob.plusYears(18))) {
        out.flag(episode, "DECOM", "RNE").related(header, "DOB");
      }
    }
  }
}
