package org.opencsc.validation.internal.ssda903;

import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A new episode for a change of legal status only (RNE L) must have a different legal status and
 * the same placement (PLACE, PL_POST, URN, PLACE_PROVIDER) as the episode before.
 */
@DfeRule(
    code = "434",
    fields = {"RNE", "LS", "PLACE", "PL_POST", "URN", "PLACE_PROVIDER"},
    advice =
        "Check the reason for the new episode against what changed: L is for a change of legal "
            + "status in the same placement.")
final class Rule434 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    List<Ssda903Row> episodes = child.episodes();
    for (int i = 1; i < episodes.size(); i++) {
      Ssda903Row episode = episodes.get(i);
      Ssda903Row before = episodes.get(i - 1);
      if (episode.is("RNE", "L")
          && (EpisodeChange.sameLegalStatus(episode, before)
              || !EpisodeChange.samePlacement(episode, before))) {
        out.flag(episode, "RNE", "LS", "PLACE", "PL_POST", "URN", "PLACE_PROVIDER")
            .related(before, "LS", "PLACE", "PL_POST", "URN", "PLACE_PROVIDER");
      }
    }
  }
}
