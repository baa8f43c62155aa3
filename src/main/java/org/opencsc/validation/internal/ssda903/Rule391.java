package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * Care leaver information (IN_TOUCH, ACTIV, ACCOM) is only for young people who turn 17 or more in
 * the collection year: it is wrong for one who is not 17 by 31 March (date of birth from the OC3
 * row, else the Header).
 */
@DfeRule(
    code = "391",
    fields = {"DOB", "IN_TOUCH", "ACTIV", "ACCOM"},
    advice =
        "Check the young person's date of birth; remove the care leaver information if they are"
            + " too young for it.")
final class Rule391 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row oc3 : child.oc3()) {
      LocalDate dob = oc3.date("DOB") != null ? oc3.date("DOB") : child.dob();
      boolean given = oc3.present("IN_TOUCH") || oc3.present("ACTIV") || oc3.present("ACCOM");
      if (dob != null && given && dob.plusYears(17).isAfter(child.collectionEnd())) {
        out.flag(oc3, "IN_TOUCH", "ACTIV", "ACCOM");
      }
    }
  }
}
