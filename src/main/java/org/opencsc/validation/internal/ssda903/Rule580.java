package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child still missing when they cease to be looked after at 18 (a missing period ending on the
 * 18th birthday, the day the episode ended) has the episode end with REC = E8.
 */
@DfeRule(
    code = "580",
    fields = {"REC", "DEC", "MIS_END", "DOB"},
    advice = "Record the reason the episode ended as E8, or check the missing period's end date.")
final class Rule580 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row missing : child.missing()) {
      LocalDate end = missing.date("MIS_END");
      LocalDate dob = missing.date("DOB");
      if (end == null || dob == null || !end.equals(dob.plusYears(18))) {
        continue;
      }
      for (Ssda903Row episode : child.episodes()) {
        if (end.equals(episode.date("DEC")) && !episode.is("REC", "E8")) {
          out.flag(episode, "REC").related(missing, "MIS_END", "DOB");
        }
      }
    }
  }
}
