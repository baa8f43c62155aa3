package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * An unaccompanied asylum-seeking child (UASC status 1 on the Header, or a row in the UASC table)
 * is expected to be at least 11 at the end of the collection year; a younger one is queried.
 */
@DfeRule(
    code = "231",
    fields = {"DOB", "UASC_STATUS"},
    advice =
        "Check the child's date of birth; if it is right, explain the young age in the bypass"
            + " request to the DfE.")
final class Rule231 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row header = child.header();
    LocalDate dob = child.dob();
    if (header == null || dob == null || !Uasc.status(child)) {
      return;
    }
    if (dob.isAfter(child.collectionEnd().minusYears(11))) {
      out.flag(header, "DOB");
    }
  }
}
