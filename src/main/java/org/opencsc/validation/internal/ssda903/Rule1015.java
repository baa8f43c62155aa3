package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A placement with the council's own provision (PLACE_PROVIDER PR1) is in the council's area
 * (PL_LOCATION IN, from the placement postcode) — except foster and adoption placements (A3-A6,
 * U1-U6), whose carers may live elsewhere, and short-term breaks (LS V3, V4). A placement whose
 * authority is not known (blank or unknown postcode, or opencsc.council.ons-code not set) is left
 * to 169 and 179.
 */
@DfeRule(
    code = "1015",
    fields = {"PLACE_PROVIDER", "PLACE", "LS", "PL_POST"},
    needs = Need.POSTCODES,
    advice = "Check the placement postcode and the placement provider: one of them is wrong.")
final class Rule1015 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      if (episode.is("PLACE_PROVIDER", "PR1")
          && episode.present("PLACE")
          && episode.present("LS")
          && !episode.is("PLACE", "A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6")
          && !episode.is("LS", "V3", "V4")
          && "OUT".equals(child.postcodes().location(episode))) {
        out.flag(episode, "PL_POST").related(episode, "PLACE_PROVIDER");
      }
    }
  }
}
