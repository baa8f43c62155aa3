package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * SDQ1 (no SDQ score because the child is under 4 or over 16) cannot be the reason for no SDQ score
 * of a child looked after for 12 months who was 4 or over on 1 April and no older than 16 on 31
 * March.
 */
@DfeRule(
    code = "157",
    fields = {"SDQ_REASON", "DOB"},
    advice =
        "The child was of SDQ age: record the score, or the actual reason it was not completed.")
final class Rule157 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    if (child.oc2().isEmpty() || !ContinuouslyLookedAfter.at12Months(child)) {
      return;
    }
    for (Ssda903Row oc2 : child.oc2()) {
      LocalDate dob = Oc2.dob(child, oc2);
      if (dob == null || oc2.present("SDQ_SCORE") || !oc2.is("SDQ_REASON", "SDQ1")) {
        continue;
      }
      if (!dob.plusYears(4).isAfter(child.collectionStart())
          && !dob.plusYears(16).isBefore(child.collectionEnd())) {
        out.flag(oc2, "SDQ_REASON");
      }
    }
  }
}
