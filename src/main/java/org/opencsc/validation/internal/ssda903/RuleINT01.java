package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.ssda903.Ssda903Tables;

/** A child with adoption details (AD1) must be in the Header table. */
@DfeRule(
    code = "INT01",
    fields = {"CHILD"},
    advice = "Add the child's Header record, or correct the child ID on the AD1 record.")
final class RuleINT01 extends ChildNotInHeader {

  RuleINT01() {
    super(Ssda903Tables.AD1);
  }
}
