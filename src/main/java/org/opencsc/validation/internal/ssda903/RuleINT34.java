package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.ssda903.Ssda903Tables;

/** A care leaver has at most one OC3 record. */
@DfeRule(
    code = "INT34",
    fields = {"CHILD"},
    advice = "Remove the duplicate record, or correct the child ID of one of them.")
final class RuleINT34 extends OnlyOnce {

  RuleINT34() {
    super(Ssda903Tables.OC3);
  }
}
