package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** Two adopters (NB_ADOPTR 2) cannot have the sex of a single adopter (SEX_ADOPTR M1 or F1). */
@DfeRule(
    code = "511",
    fields = {"NB_ADOPTR", "SEX_ADOPTR"},
    advice = "Check the number of adopters and their sexes on the adoption record.")
final class Rule511 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row ad1 : child.ad1()) {
      if (ad1.is("NB_ADOPTR", "2") && ad1.is("SEX_ADOPTR", "M1", "F1")) {
        out.flag(ad1, "NB_ADOPTR", "SEX_ADOPTR");
      }
    }
  }
}
