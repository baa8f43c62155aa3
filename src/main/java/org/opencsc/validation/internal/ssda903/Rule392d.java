package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * The home and placement postcodes can only be the same when the child is placed with parents
 * (PLACE P1).
 */
@DfeRule(
    code = "392d",
    fields = {"HOME_POST", "PL_POST", "PLACE"},
    advice =
        "Check the home postcode (where the child lived before being looked after) and the"
            + " placement's postcode.")
final class Rule392d implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      String home = episode.value("HOME_POST");
      if (!home.isEmpty()
          && home.equalsIgnoreCase(episode.value("PL_POST"))
          && !episode.is("PLACE", "P1")) {
        out.flag(episode, "HOME_POST", "PL_POST").related(episode, "PLACE");
      }
    }
  }
}
