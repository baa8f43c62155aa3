package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.ssda903.Ssda903Tables;

/** A child with episodes must be in the Header table. */
@DfeRule(
    code = "INT03",
    fields = {"CHILD"},
    advice = "Add the child's Header record, or correct the child ID on the episodes.")
final class RuleINT03 extends ChildNotInHeader {

  RuleINT03() {
    super(Ssda903Tables.EPISODES);
  }
}
