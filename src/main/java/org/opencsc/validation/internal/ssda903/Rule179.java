package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Postcodes;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * An episode other than a short-term break (LS V3 or V4) has a placement location, in or out of the
 * council (PL_LOCATION), which the DfE works out from the placement postcode: a blank or unknown
 * PL_POST gives none. Without the council's own code (opencsc.council.ons-code) no location is
 * known, and the rule finds nothing.
 */
@DfeRule(
    code = "179",
    fields = {"PL_POST", "LS"},
    needs = Need.POSTCODES,
    advice = "Record the placement postcode as a postcode sector the ONS directory knows.")
final class Rule179 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Postcodes postcodes = child.postcodes();
    if (postcodes.councilCode() == null) {
      return;
    }
    for (Ssda903Row episode : child.episodes()) {
      if (!episode.is("LS", "V3", "V4") && postcodes.location(episode) == null) {
        out.flag(episode, "PL_POST");
      }
    }
  }
}
