package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.ssda903.Ssda903Tables;

/** A child has at most one PrevPerm record. */
@DfeRule(
    code = "INT35",
    fields = {"CHILD"},
    advice = "Remove the duplicate record, or correct the child ID of one of them.")
final class RuleINT35 extends OnlyOnce {

  RuleINT35() {
    super(Ssda903Tables.PREV_PERM);
  }
}
