package org.opencsc.validation.internal.ssda903;

import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A new episode for a change of both placement and legal status (RNE U or B) must differ from the
 * episode before in both the legal status and the placement (PLACE, PL_POST, URN or
 * PLACE_PROVIDER).
 */
@DfeRule(
    code = "436",
    fields = {"RNE", "LS", "PLACE", "PL_POST", "URN", "PLACE_PROVIDER"},
    advice =
        "Check the reason for the new episode against what changed: U and B are for a change of "
            + "both placement and legal status.")
final class Rule436 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    List<Ssda903Row> episodes = child.episodes();
    for (int i = 1; i < episodes.size(); i++) {
      Ssda903Row episode = episodes.get(i);
      Ssda903Row before = episodes.get(i - 1);
      if (episode.is("RNE", "U", "B")
          && (EpisodeChange.sameLegalStatus(episode, before)
              || EpisodeChange.samePlacement(episode, before))) {
        out.flag(episode, "RNE", "LS", "PLACE", "PL_POST", "URN", "PLACE_PROVIDER")
            .related(before, "LS", "PLACE", "PL_POST", "URN", "PLACE_PROVIDER");
      }
    }
  }
}
