package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.ssda903.Ssda903Tables;

/** A care leaver with OC3 outcomes must be in the Header table. */
@DfeRule(
    code = "INT06",
    fields = {"CHILD"},
    advice = "Add the child's Header record, or correct the child ID on the OC3 record.")
final class RuleINT06 extends ChildNotInHeader {

  RuleINT06() {
    super(Ssda903Tables.OC3);
  }
}
