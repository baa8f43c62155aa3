package org.opencsc.validation.internal.ssda903;

import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** Every social worker episode but the child's latest must have ended (SW_DEC). */
@DfeRule(
    code = "SW08STG2",
    fields = {"SW_DEC", "SW_DECOM"},
    advice = "Record the date the earlier social worker episode ended.")
final class RuleSW08STG2 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    List<Ssda903Row> started = SocialWorkerEpisodes.started(child);
    for (int i = 0; i < started.size() - 1; i++) {
      Ssda903Row episode = started.get(i);
      if (episode.blank("SW_DEC")) {
        out.flag(episode, "SW_DEC").related(started.get(i + 1), "SW_DECOM");
      }
    }
  }
}
