package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * Where both postcodes are given (not a short-term break, not a UASC child this year or last), the
 * distance worked out from them must be a valid one: 0.0 to 999.9 miles. A postcode the directory
 * does not know gives no distance.
 */
@DfeRule(
    code = "164",
    fields = {"HOME_POST", "PL_POST", "LS"},
    needs = Need.POSTCODES,
    advice = "Check both postcodes: each must be a postcode sector the ONS directory knows.")
final class Rule164 implements Rule<LookedAfterChild> {

  static final double MAX_MILES = 999.9;

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    if (PostcodeEpisodes.uasc(child)) {
      return;
    }
    for (Ssda903Row episode : child.episodes()) {
      if (episode.is("LS", "V3", "V4") || episode.blank("HOME_POST") || episode.blank("PL_POST")) {
        continue;
      }
      Double miles = child.postcodes().distance(episode);
      if (miles == null || miles > MAX_MILES) {
        out.flag(episode, "HOME_POST", "PL_POST");
      }
    }
  }
}
