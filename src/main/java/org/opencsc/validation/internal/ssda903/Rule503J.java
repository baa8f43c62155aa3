package org.opencsc.validation.internal.ssda903;

import java.util.Objects;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Postcodes;

/**
 * When last year's return ended with an open episode, this year's first episode continues it: its
 * placement location (in or out of the council) (PL_LOCATION, worked out from the postcodes) must
 * be the same.
 */
@DfeRule(
    code = "503J",
    fields = {"PL_POST", "DECOM", "DEC"},
    needs = {Need.POSTCODES, Need.PREVIOUS_RETURN},
    advice =
        "Check the postcodes of the first episode of this year against the episode open at the end"
            + " of last year; correct the one that is wrong (last year's only by resubmitting it).")
final class Rule503J implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Postcodes postcodes = child.postcodes();
    CarriedOver.of(child)
        .filter(
            c -> !Objects.equals(postcodes.location(c.first()), postcodes.location(c.lastYear())))
        .ifPresent(c -> out.flag(c.first(), "PL_POST").related(c.lastYear(), "PL_POST"));
  }
}
