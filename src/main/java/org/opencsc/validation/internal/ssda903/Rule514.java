package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** A single adopter (LS_ADOPTR L0) must have the sex of a single adopter (SEX_ADOPTR M1 or F1). */
@DfeRule(
    code = "514",
    fields = {"LS_ADOPTR", "SEX_ADOPTR"},
    advice = "Check the adopters' legal status and sexes on the adoption record.")
final class Rule514 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row ad1 : child.ad1()) {
      if (ad1.is("LS_ADOPTR", "L0") && !ad1.is("SEX_ADOPTR", "M1", "F1")) {
        out.flag(ad1, "LS_ADOPTR", "SEX_ADOPTR");
      }
    }
  }
}
