package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * An episode of short-term breaks (LS V3 or V4) has no placement distance: the postcodes it is
 * worked out from (HOME_POST, PL_POST) must be blank.
 */
@DfeRule(
    code = "398",
    fields = {"LS", "HOME_POST", "PL_POST"},
    advice = "Remove the postcodes from short-break episodes.")
final class Rule398 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      if (episode.is("LS", "V3", "V4")
          && (episode.present("HOME_POST") || episode.present("PL_POST"))) {
        out.flag(episode, "HOME_POST", "PL_POST").related(episode, "LS");
      }
    }
  }
}
