package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** A placement more than 350 miles from home (worked out from the postcodes) is queried. */
@DfeRule(
    code = "454",
    fields = {"HOME_POST", "PL_POST"},
    needs = Need.POSTCODES,
    advice = "Check both postcodes; if they are right, the distance is too.")
final class Rule454 implements Rule<LookedAfterChild> {

  static final double MILES = 350;

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      Double miles = child.postcodes().distance(episode);
      if (miles != null && miles > MILES) {
        out.flag(episode, "HOME_POST", "PL_POST");
      }
    }
  }
}
