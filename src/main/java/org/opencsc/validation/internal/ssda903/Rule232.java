package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** SEX on the Header is queried when it is U (unknown). */
@DfeRule(
    code = "232",
    fields = {"SEX"},
    advice = "Record the child's sex in the case-management system if it is known.")
final class Rule232 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row header = child.header();
    if (header != null && header.value("SEX").equalsIgnoreCase("U")) {
      out.flag(header, "SEX");
    }
  }
}
