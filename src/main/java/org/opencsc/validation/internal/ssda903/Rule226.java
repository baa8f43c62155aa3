package org.opencsc.validation.internal.ssda903;

import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A temporary placement (T0–T4) has no reason for placement change, nor has the episode before it
 * (the change into a temporary placement is not reported as a placement change).
 */
@DfeRule(
    code = "226",
    fields = {"REASON_PLACE_CHANGE", "PLACE"},
    advice =
        "Leave the reason for placement change blank on a temporary placement and on the episode"
            + " before it.")
final class Rule226 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    List<Ssda903Row> episodes = child.episodes();
    for (int i = 0; i < episodes.size(); i++) {
      Ssda903Row episode = episodes.get(i);
      if (!episode.is("PLACE", "T0", "T1", "T2", "T3", "T4")) {
        continue;
      }
      Ssda903Row before = i > 0 ? episodes.get(i - 1) : null;
      if (episode.present("REASON_PLACE_CHANGE")) {
        out.flag(episode, "REASON_PLACE_CHANGE").related(episode, "PLACE");
      } else if (before != null && before.present("REASON_PLACE_CHANGE")) {
        out.flag(before, "REASON_PLACE_CHANGE").related(episode, "PLACE");
      }
    }
  }
}
