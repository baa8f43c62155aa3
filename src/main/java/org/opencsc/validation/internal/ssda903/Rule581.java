package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child can only go missing from a placement: a missing or away period must start (MIS_START)
 * within one of the child's episodes (between DECOM and DEC, or after DECOM of an open one).
 */
@DfeRule(
    code = "581",
    fields = {"MIS_START", "DECOM", "DEC"},
    advice =
        "Check the start date of the missing period against the child's episodes; correct"
            + " whichever is wrong.")
final class Rule581 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    if (child.episodes().isEmpty()) {
      return;
    }
    for (Ssda903Row missing : child.missing()) {
      LocalDate start = missing.date("MIS_START");
      if (start != null && !duringAnEpisode(child, start)) {
        out.flag(missing, "MIS_START");
      }
    }
  }

  private static boolean duringAnEpisode(LookedAfterChild child, LocalDate date) {
    for (Ssda903Row episode : child.episodes()) {
      LocalDate decom = episode.date("DECOM");
      LocalDate dec = episode.date("DEC");
      if (decom != null && !date.isBefore(decom) && (dec == null || !date.isAfter(dec))) {
        return true;
      }
    }
    return false;
  }
}
