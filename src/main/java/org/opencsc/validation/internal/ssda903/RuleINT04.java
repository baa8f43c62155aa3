package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.ssda903.Ssda903Tables;

/** A child with missing periods must be in the Header table. */
@DfeRule(
    code = "INT04",
    fields = {"CHILD"},
    advice = "Add the child's Header record, or correct the child ID on the Missing records.")
final class RuleINT04 extends ChildNotInHeader {

  RuleINT04() {
    super(Ssda903Tables.MISSING);
  }
}
