package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Providers;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * An episode's Ofsted URN, when given (and not the placeholder XXXXXXX), is one of Ofsted's
 * registered providers: a URN the provider lists do not hold is not valid.
 */
@DfeRule(
    code = "1008",
    fields = {"URN"},
    needs = Need.PROVIDERS,
    advice =
        "Check the URN against the provider's Ofsted registration; use XXXXXXX only where the DfE"
            + " allows it.")
final class Rule1008 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Providers providers = child.providers();
    for (Ssda903Row episode : child.episodes()) {
      if (Providers.given(episode) && !providers.known(episode)) {
        out.flag(episode, "URN");
      }
    }
  }
}
