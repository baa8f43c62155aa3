package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.ssda903.Ssda903Tables;

/** A child has at most one OC2 record. */
@DfeRule(
    code = "INT33",
    fields = {"CHILD"},
    advice = "Remove the duplicate record, or correct the child ID of one of them.")
final class RuleINT33 extends OnlyOnce {

  RuleINT33() {
    super(Ssda903Tables.OC2);
  }
}
