package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.ssda903.Ssda903Tables;

/** A child has at most one AD1 record. */
@DfeRule(
    code = "INT31",
    fields = {"CHILD"},
    advice = "Remove the duplicate record, or correct the child ID of one of them.")
final class RuleINT31 extends OnlyOnce {

  RuleINT31() {
    super(Ssda903Tables.AD1);
  }
}
