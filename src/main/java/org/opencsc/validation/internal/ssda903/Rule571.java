package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A missing or away period's end date (MIS_END), when given, must fall within the collection year.
 */
@DfeRule(
    code = "571",
    fields = {"MIS_END"},
    advice = "Correct the end date; a period still running on 31 March has no end date yet.")
final class Rule571 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row missing : child.missing()) {
      LocalDate end = missing.date("MIS_END");
      if (end != null
          && (end.isBefore(child.collectionStart()) || end.isAfter(child.collectionEnd()))) {
        out.flag(missing, "MIS_END");
      }
    }
  }
}
