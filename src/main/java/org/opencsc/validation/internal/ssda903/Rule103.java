package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** ETHNIC on the Header must be a code of the year's ethnicity list. */
@DfeRule(
    code = "103",
    fields = {"ETHNIC"},
    advice = "Record the child's ethnicity with one of the DfE's codes.")
final class Rule103 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row header = child.header();
    if (header != null && !child.inReturn().codes().valid("ETHNIC", header.value("ETHNIC"))) {
      out.flag(header, "ETHNIC");
    }
  }
}
