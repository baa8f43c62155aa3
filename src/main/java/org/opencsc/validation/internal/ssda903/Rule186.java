package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child looked after continuously for 12 months, 4 or over on 1 April and under 17 on 31 March,
 * must have an SDQ score — or the reason there is none (SDQ_REASON).
 */
@DfeRule(
    code = "186",
    fields = {"SDQ_SCORE", "SDQ_REASON", "DOB"},
    advice = "Record the child's SDQ score, or the reason it was not completed.")
final class Rule186 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    if (child.oc2().isEmpty() || !ContinuouslyLookedAfter.at12Months(child)) {
      return;
    }
    for (Ssda903Row oc2 : child.oc2()) {
      LocalDate dob = Oc2.dob(child, oc2);
      if (dob == null || oc2.present("SDQ_SCORE") || oc2.present("SDQ_REASON")) {
        continue;
      }
      if (!dob.plusYears(4).isAfter(child.collectionStart())
          && dob.plusYears(17).isAfter(child.collectionEnd())) {
        out.flag(oc2, "SDQ_SCORE", "SDQ_REASON");
      }
    }
  }
}
