package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.ssda903.Ssda903Tables;

/** The date of birth on the Missing records must be the Header's. */
@DfeRule(
    code = "INT13",
    fields = {"DOB"},
    advice = "Correct the date of birth where it is wrong; the return's tables must agree.")
final class RuleINT13 extends DobAgainstHeader {

  RuleINT13() {
    super(Ssda903Tables.MISSING);
  }
}
