package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.ssda903.Ssda903Tables;

/** A child has at most one UASC record. */
@DfeRule(
    code = "INT36",
    fields = {"CHILD"},
    advice = "Remove the duplicate record, or correct the child ID of one of them.")
final class RuleINT36 extends OnlyOnce {

  RuleINT36() {
    super(Ssda903Tables.UASC);
  }
}
