package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A missing or away period that started during an episode that has since ended must have an end
 * date (MIS_END) too.
 */
@DfeRule(
    code = "575",
    fields = {"MIS_START", "MIS_END", "DECOM", "DEC"},
    advice = "Record the date the missing period ended, or check the episode's end date.")
final class Rule575 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row missing : child.missing()) {
      LocalDate start = missing.date("MIS_START");
      if (start == null || missing.present("MIS_END")) {
        continue;
      }
      for (Ssda903Row episode : child.episodes()) {
        LocalDate decom = episode.date("DECOM");
        LocalDate dec = episode.date("DEC");
        if (decom != null && dec != null && !start.isBefore(decom) && !start.isAfter(dec)) {
          out.flag(missing, "MIS_END").related(episode, "DECOM", "DEC");
          break;
        }
      }
    }
  }
}
