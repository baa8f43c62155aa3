package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * The youth justice legal statuses (LS J1, J2, J3) need the child to be at least 10 when the
 * episode starts.
 */
@DfeRule(
    code = "358",
    fields = {"LS", "DECOM", "DOB"},
    advice =
        "Check the legal status, the episode's start date and the date of birth: a child under 10"
            + " cannot be remanded or detained.")
final class Rule358 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row header = child.header();
    LocalDate dob = child.dob();
    if (header == null || dob == null) {
      return;
    }
    for (Ssda903Row episode : child.episodes()) {
      LocalDate start = episode.date("DECOM");
      if (start != null
          && episode.is("LS", "J1", "J2", "J3")
          && start.isBefore(dob.plusYears(10))) {
        out.flag(episode, "LS").flag(header, "DOB").related(episode, "DECOM");
      }
    }
  }
}
