package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * An episode other than a short-term break (LS V3 or V4) has a placement authority (PL_LA), which
 * the DfE works out from the placement postcode: a blank or unknown PL_POST gives none.
 */
@DfeRule(
    code = "169",
    fields = {"PL_POST", "LS"},
    needs = Need.POSTCODES,
    advice = "Record the placement postcode as a postcode sector the ONS directory knows.")
final class Rule169 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      if (!episode.is("LS", "V3", "V4") && child.postcodes().placementAuthority(episode) == null) {
        out.flag(episode, "PL_POST");
      }
    }
  }
}
