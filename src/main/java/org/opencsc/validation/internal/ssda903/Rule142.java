package org.opencsc.validation.internal.ssda903;

import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * Every episode but the child's latest must have ended: a date (DEC) and a reason (REC). Episodes
 * without a valid start date are left to the rules about dates.
 */
@DfeRule(
    code = "142",
    fields = {"DEC", "REC"},
    advice =
        "Record the end date and reason of the earlier episode, or remove the later episode if it"
            + " was entered by mistake.")
final class Rule142 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    List<Ssda903Row> episodes = child.episodes();
    for (int i = 0; i < episodes.size() - 1; i++) {
      Ssda903Row episode = episodes.get(i);
      if (episode.date("DECOM") == null) {
        continue;
      }
      if (episode.date("DEC") == null || episode.blank("REC")) {
        out.flag(episode, "DEC", "REC").related(episodes.get(i + 1), "DECOM");
      }
    }
  }
}
