package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * When a date UASC status ceased (DUC) is given, the child's UASC status on the Header must be 1.
 * Files whose Header has no UASC status column cannot contradict it, and are not checked.
 */
@DfeRule(
    code = "303",
    fields = {"DUC", "UASC"},
    advice =
        "Record the child's UASC status as 1, or remove the date UASC status ceased if the child"
            + " was never an unaccompanied asylum-seeking child.")
final class Rule303 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row header = child.header();
    if (header == null) {
      return;
    }
    String status = Uasc.headerStatus(header);
    if (status.isEmpty() || status.equals("1")) {
      return;
    }
    String field = header.present("UASC_STATUS") ? "UASC_STATUS" : "UASC";
    for (Ssda903Row uasc : child.uasc()) {
      if (uasc.present("DUC")) {
        out.flag(uasc, "DUC").flag(header, field);
      }
    }
  }
}
