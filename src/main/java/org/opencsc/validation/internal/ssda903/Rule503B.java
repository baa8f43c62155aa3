package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;

/**
 * When last year's return ended with an open episode, this year's first episode continues it: its
 * legal status (LS) must be the same.
 */
@DfeRule(
    code = "503B",
    fields = {"LS", "DECOM", "DEC"},
    needs = Need.PREVIOUS_RETURN,
    advice =
        "Check the first episode of this year against the episode open at the end of last year;"
            + " correct the one that is wrong (last year's only by resubmitting it).")
final class Rule503B implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    CarriedOver.of(child)
        .filter(c -> !c.first().value("LS").equals(c.lastYear().value("LS")))
        .ifPresent(c -> out.flag(c.first(), "LS").related(c.lastYear(), "LS"));
  }
}
