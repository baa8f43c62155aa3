package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child looked after continuously for 12 months who turned 4 or 17 during the collection year
 * must have an SDQ score or a reason for no score. A 17th birthday on 1 April itself does not
 * count: that young person is 17 at the beginning of the year, and the DfE's rule 189 says such a
 * one has neither (the DfE's validator asks both of them, which no return can satisfy).
 */
@DfeRule(
    code = "197B",
    fields = {"SDQ_SCORE", "SDQ_REASON", "DOB"},
    advice = "Record the child's SDQ score, or the reason it was not completed.")
final class Rule197B implements Rule<LookedAfterChild> {

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
      LocalDate seventeen = dob.plusYears(17);
      if (inYear(child, dob.plusYears(4))
          || (inYear(child, seventeen) && seventeen.isAfter(child.collectionStart()))) {
        out.flag(oc2, "SDQ_SCORE", "SDQ_REASON");
      }
    }
  }

  private static boolean inYear(LookedAfterChild child, LocalDate date) {
    return !date.isBefore(child.collectionStart()) && !date.isAfter(child.collectionEnd());
  }
}
