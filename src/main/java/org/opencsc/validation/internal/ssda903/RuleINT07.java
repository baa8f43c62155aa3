package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.ssda903.Ssda903Tables;

/** A child with previous permanence details must be in the Header table. */
@DfeRule(
    code = "INT07",
    fields = {"CHILD"},
    advice = "Add the child's Header record, or correct the child ID on the PrevPerm record.")
final class RuleINT07 extends ChildNotInHeader {

  RuleINT07() {
    super(Ssda903Tables.PREV_PERM);
  }
}
