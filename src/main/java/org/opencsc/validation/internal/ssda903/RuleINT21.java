package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** The sex on the UASC record, when given, must be the Header's. */
@DfeRule(
    code = "INT21",
    fields = {"SEX"},
    advice = "Correct the sex where it is wrong; the return's tables must agree.")
final class RuleINT21 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row header = child.header();
    if (header == null || header.blank("SEX")) {
      return;
    }
    for (Ssda903Row uasc : child.uasc()) {
      if (uasc.present("SEX") && !uasc.value("SEX").equals(header.value("SEX"))) {
        out.flag(uasc, "SEX").related(header, "SEX");
      }
    }
  }
}
