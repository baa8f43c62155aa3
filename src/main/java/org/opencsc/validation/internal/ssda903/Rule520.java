package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A married couple of different sexes (LS_ADOPTR L11) must be recorded as a male and female couple
 * (SEX_ADOPTR MF).
 */
@DfeRule(
    code = "520",
    fields = {"LS_ADOPTR", "SEX_ADOPTR"},
    advice = "Check the adopters' legal status and sexes on the adoption record.")
final class Rule520 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row ad1 : child.ad1()) {
      if (ad1.is("LS_ADOPTR", "L11") && !ad1.is("SEX_ADOPTR", "MF")) {
        out.flag(ad1, "LS_ADOPTR", "SEX_ADOPTR");
      }
    }
  }
}
