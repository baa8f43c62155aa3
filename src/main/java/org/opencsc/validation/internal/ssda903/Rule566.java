package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A period with an end date (MIS_END) must say whether the child was missing or away from placement
 * without authorisation (MISSING).
 */
@DfeRule(
    code = "566",
    fields = {"MISSING", "MIS_END"},
    advice = "Record whether the child was missing (M) or away without authorisation (A).")
final class Rule566 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row missing : child.missing()) {
      if (missing.present("MIS_END") && missing.blank("MISSING")) {
        out.flag(missing, "MISSING");
      }
    }
  }
}
