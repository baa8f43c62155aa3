package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.ssda903.Ssda903Tables;

/** A child in the UASC table must be in the Header table. */
@DfeRule(
    code = "INT09",
    fields = {"CHILD"},
    advice = "Add the child's Header record, or correct the child ID on the UASC record.")
final class RuleINT09 extends ChildNotInHeader {

  RuleINT09() {
    super(Ssda903Tables.UASC);
  }
}
