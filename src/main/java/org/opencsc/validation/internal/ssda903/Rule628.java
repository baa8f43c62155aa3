package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A care leaver reported only for their care leaver outcomes (OC3 completed, no episodes this year)
 * should have MOTHER left blank.
 */
@DfeRule(
    code = "628",
    fields = {"MOTHER", "IN_TOUCH", "ACTIV", "ACCOM"},
    advice = "Leave the mother field blank for care leavers not looked after this year.")
final class Rule628 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row header = child.header();
    if (header == null || header.blank("MOTHER") || !child.episodes().isEmpty()) {
      return;
    }
    for (Ssda903Row oc3 : child.oc3()) {
      if (oc3.present("IN_TOUCH") || oc3.present("ACTIV") || oc3.present("ACCOM")) {
        out.flag(header, "MOTHER");
        return;
      }
    }
  }
}
