package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.ssda903.Ssda903Tables;

/** A child with reviews must be in the Header table. */
@DfeRule(
    code = "INT08",
    fields = {"CHILD"},
    advice = "Add the child's Header record, or correct the child ID on the reviews.")
final class RuleINT08 extends ChildNotInHeader {

  RuleINT08() {
    super(Ssda903Tables.REVIEWS);
  }
}
