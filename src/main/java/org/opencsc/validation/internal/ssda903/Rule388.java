package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * REC X1 (a new episode begins) and continuity must agree: an episode ending X1 must be followed by
 * one starting the same day; an episode followed by one starting the day it ended must end X1; and
 * the child's last episode cannot end X1.
 */
@DfeRule(
    code = "388",
    fields = {"REC", "DEC", "DECOM"},
    advice =
        "Check the reason the episode ended against the next episode: X1 only when the child"
            + " stays looked after and a new episode starts the same day.")
final class Rule388 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    List<Ssda903Row> episodes = child.episodes();
    for (int i = 0; i < episodes.size(); i++) {
      Ssda903Row episode = episodes.get(i);
      LocalDate end = episode.date("DEC");
      if (end == null || episode.blank("REC")) {
        continue;
      }
      boolean newEpisode = episode.is("REC", "X1");
      if (i == episodes.size() - 1) {
        if (newEpisode) {
          out.flag(episode, "REC");
        }
        continue;
      }
      Ssda903Row next = episodes.get(i + 1);
      LocalDate nextStart = next.date("DECOM");
      if (nextStart != null && newEpisode != end.equals(nextStart)) {
        out.flag(episode, "REC").related(episode, "DEC").related(next, "DECOM");
      }
    }
  }
}
