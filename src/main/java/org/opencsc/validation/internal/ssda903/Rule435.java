package org.opencsc.validation.internal.ssda903;

import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A new episode for a change of placement only (RNE P or T) must have the same legal status as the
 * episode before and a different placement (PLACE, PL_POST, URN or PLACE_PROVIDER).
 */
@DfeRule(
    code = "435",
    fields = {"RNE", "LS", "PLACE", "PL_POST", "URN", "PLACE_PROVIDER"},
    advice =
        "Check the reason for the new episode against what changed: P and T are for a change of "
            + "placement under the same legal status.")
final class Rule435 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    List<Ssda903Row> episodes = child.episodes();
    for (int i = 1; i < episodes.size(); i++) {
      Ssda903Row episode = episodes.get(i);
      Ssda903Row before = episodes.get(i - 1);
      if (episode.is("RNE", "P", "T")
          && (!EpisodeChange.sameLegalStatus(episode, before)
              || EpisodeChange.samePlacement(episode, before))) {
        out.flag(episode, "RNE", "LS", "PLACE", "PL_POST", "URN", "PLACE_PROVIDER")
            .related(before, "LS", "PLACE", "PL_POST", "URN", "PLACE_PROVIDER");
      }
    }
  }
}
