package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Postcodes;
import org.opencsc.validation.ssda903.Ssda903Row;

/** A home or placement postcode that is given must be a postcode sector the directory knows. */
@DfeRule(
    code = "392c",
    fields = {"HOME_POST", "PL_POST"},
    needs = Need.POSTCODES,
    advice =
        "Correct the postcode: the return takes the postcode sector (the outward code, a space and"
            + " the first digit of the inward code, e.g. ZZ1 1).")
final class Rule392c implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Postcodes postcodes = child.postcodes();
    for (Ssda903Row episode : child.episodes()) {
      boolean home = episode.present("HOME_POST") && !postcodes.known(episode.value("HOME_POST"));
      boolean placement = episode.present("PL_POST") && !postcodes.known(episode.value("PL_POST"));
      if (home && placement) {
        out.flag(episode, "HOME_POST", "PL_POST");
      } else if (home) {
        out.flag(episode, "HOME_POST");
      } else if (placement) {
        out.flag(episode, "PL_POST");
      }
    }
  }
}
