package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** An episode that has not ceased (no DEC) must have no reason for placement change. */
@DfeRule(
    code = "233",
    fields = {"DEC", "REASON_PLACE_CHANGE"},
    advice =
        "Remove the reason for placement change from the open episode, or record the episode's"
            + " end date if it has ended.")
final class Rule233 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      if (episode.blank("DEC") && episode.present("REASON_PLACE_CHANGE")) {
        out.flag(episode, "REASON_PLACE_CHANGE").related(episode, "DEC");
      }
    }
  }
}
