package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A looked-after child's episode (other than a short-term break, LS V3 or V4) has a distance from
 * home to placement: PL_DISTANCE, which the DfE works out from HOME_POST and PL_POST, so both must
 * be postcodes the directory knows. Children who are or were UASC have no home postcode.
 */
@DfeRule(
    code = "392a",
    fields = {"HOME_POST", "PL_POST", "LS"},
    needs = Need.POSTCODES,
    advice = "Record both postcodes as postcode sectors the ONS directory knows (e.g. ZZ1 1).")
final class Rule392a implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    if (PostcodeEpisodes.uasc(child)) {
      return;
    }
    for (Ssda903Row episode : child.episodes()) {
      if (!episode.is("LS", "V3", "V4") && child.postcodes().distance(episode) == null) {
        out.flag(episode, "HOME_POST", "PL_POST");
      }
    }
  }
}
