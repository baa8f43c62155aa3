package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.ssda903.Ssda903Tables;

/** A child has one Header record. */
@DfeRule(
    code = "INT32",
    fields = {"CHILD"},
    advice = "Remove the duplicate record, or correct the child ID of one of them.")
final class RuleINT32 extends OnlyOnce {

  RuleINT32() {
    super(Ssda903Tables.HEADER);
  }
}
