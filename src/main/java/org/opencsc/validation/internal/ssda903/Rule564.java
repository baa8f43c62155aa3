package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A missing or away-from-placement period (MISSING given) needs the date it started (MIS_START).
 */
@DfeRule(
    code = "564",
    fields = {"MISSING", "MIS_START"},
    advice = "Record the date the child went missing or away from placement.")
final class Rule564 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row missing : child.missing()) {
      if (missing.present("MISSING") && missing.blank("MIS_START")) {
        out.flag(missing, "MIS_START");
      }
    }
  }
}
