package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.ssda903.Ssda903Tables;

/** A child with OC2 outcomes must be in the Header table. */
@DfeRule(
    code = "INT05",
    fields = {"CHILD"},
    advice = "Add the child's Header record, or correct the child ID on the OC2 record.")
final class RuleINT05 extends ChildNotInHeader {

  RuleINT05() {
    super(Ssda903Tables.OC2);
  }
}
