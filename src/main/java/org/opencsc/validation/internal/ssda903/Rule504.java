package org.opencsc.validation.internal.ssda903;

import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * The category of need (CIN) is recorded at the start of a period of care and does not change
 * within it: an episode that continues the previous one (which ended X1 the day this one starts)
 * must have the same CIN.
 */
@DfeRule(
    code = "504",
    fields = {"CIN", "REC", "DEC", "DECOM"},
    advice =
        "Record the category of need given when the period of care started on every episode of"
            + " that period.")
final class Rule504 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    List<Ssda903Row> episodes = child.episodes();
    for (int i = 1; i < episodes.size(); i++) {
      Ssda903Row episode = episodes.get(i);
      Ssda903Row before = episodes.get(i - 1);
      boolean continues =
          before.is("REC", "X1")
              && before.date("DEC") != null
              && before.date("DEC").equals(episode.date("DECOM"));
      if (continues && !episode.value("CIN").equals(before.value("CIN"))) {
        out.flag(episode, "CIN").related(before, "CIN");
      }
    }
  }
}
