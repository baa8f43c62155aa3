package org.opencsc.validation.internal.ssda903;

import java.util.Objects;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Postcodes;

/**
 * When last year's return ended with an open episode and this year's first episode starts for the
 * same reason (RNE), it is the same placement: its placement's authority (PL_LA, worked out from
 * the postcodes) must be the same as last year's.
 */
@DfeRule(
    code = "452",
    fields = {"PL_POST", "RNE", "DECOM", "DEC"},
    needs = {Need.POSTCODES, Need.PREVIOUS_RETURN},
    advice =
        "Check the postcodes of the first episode of this year against the episode open at the end"
            + " of last year; correct the one that is wrong (last year's only by resubmitting it).")
final class Rule452 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Postcodes postcodes = child.postcodes();
    CarriedOver.of(child)
        .filter(c -> c.first().value("RNE").equals(c.lastYear().value("RNE")))
        .filter(
            c ->
                !Objects.equals(
                    postcodes.placementAuthority(c.first()),
                    postcodes.placementAuthority(c.lastYear())))
        .ifPresent(c -> out.flag(c.first(), "PL_POST").related(c.lastYear(), "PL_POST"));
  }
}
