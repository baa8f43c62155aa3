package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A period with a start date (MIS_START) must say whether the child was missing or away from
 * placement without authorisation (MISSING).
 */
@DfeRule(
    code = "565",
    fields = {"MISSING", "MIS_START"},
    advice = "Record whether the child was missing (M) or away without authorisation (A).")
final class Rule565 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row missing : child.missing()) {
      if (missing.present("MIS_START") && missing.blank("MISSING")) {
        out.flag(missing, "MISSING");
      }
    }
  }
}
