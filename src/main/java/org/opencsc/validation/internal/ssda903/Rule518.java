package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * An unmarried couple of the same sex (LS_ADOPTR L4) must be recorded as a male couple or a female
 * couple (SEX_ADOPTR MM or FF).
 */
@DfeRule(
    code = "518",
    fields = {"LS_ADOPTR", "SEX_ADOPTR"},
    advice = "Check the adopters' legal status and sexes on the adoption record.")
final class Rule518 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row ad1 : child.ad1()) {
      if (ad1.is("LS_ADOPTR", "L4") && !ad1.is("SEX_ADOPTR", "MM", "FF")) {
        out.flag(ad1, "LS_ADOPTR", "SEX_ADOPTR");
      }
    }
  }
}
