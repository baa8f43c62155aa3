package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.ssda903.Ssda903Tables;

/** The date of birth on the AD1 record must be the Header's. */
@DfeRule(
    code = "INT11",
    fields = {"DOB"},
    advice = "Correct the date of birth where it is wrong; the return's tables must agree.")
final class RuleINT11 extends DobAgainstHeader {

  RuleINT11() {
    super(Ssda903Tables.AD1);
  }
}
