package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A care leaver whose 17th birthday falls in the collection year cannot be recorded as living with
 * former foster carers (ACCOM Z1 or Z2): staying put starts at 18.
 */
@DfeRule(
    code = "3001",
    fields = {"ACCOM", "DOB"},
    advice =
        "Check the accommodation recorded around the young person's 17th birthday: it cannot be"
            + " with former foster carers.")
final class Rule3001 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    LocalDate dob = child.dob();
    if (dob == null) {
      return;
    }
    LocalDate seventeen = dob.plusYears(17);
    if (seventeen.isBefore(child.collectionStart()) || seventeen.isAfter(child.collectionEnd())) {
      return;
    }
    for (Ssda903Row oc3 : child.oc3()) {
      if (oc3.value("ACCOM").equalsIgnoreCase("Z1") || oc3.value("ACCOM").equalsIgnoreCase("Z2")) {
        out.flag(oc3, "ACCOM");
      }
    }
  }
}
