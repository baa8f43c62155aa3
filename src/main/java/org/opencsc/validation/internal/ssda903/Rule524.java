package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** Adopters recorded as a same-sex couple (LS_ADOPTR = L12) must have SEX_ADOPTR MM or FF. */
@DfeRule(
    code = "524",
    fields = {"LS_ADOPTR", "SEX_ADOPTR"},
    advice = "Check the adopters' legal status and genders on the adoption record.")
final class Rule524 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row ad1 : child.ad1()) {
      if (ad1.is("LS_ADOPTR", "L12") && !ad1.is("SEX_ADOPTR", "MM", "FF")) {
        out.flag(ad1, "LS_ADOPTR", "SEX_ADOPTR");
      }
    }
  }
}
