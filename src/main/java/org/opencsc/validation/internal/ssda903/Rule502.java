package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;

/**
 * When last year's return ended with an open episode, this year's first episode is that episode
 * carried over: it must start on the same date.
 */
@DfeRule(
    code = "502",
    fields = {"DECOM", "DEC"},
    needs = Need.PREVIOUS_RETURN,
    advice =
        "Check the start date of this year's first episode against the episode open at the end of"
            + " last year, and any episode missing between them.")
final class Rule502 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    CarriedOver.of(child)
        .filter(c -> !c.first().date("DECOM").equals(c.lastYear().date("DECOM")))
        .ifPresent(c -> out.flag(c.first(), "DECOM").related(c.lastYear(), "DECOM", "DEC"));
  }
}
