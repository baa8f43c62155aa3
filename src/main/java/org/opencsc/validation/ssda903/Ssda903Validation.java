package org.opencsc.validation.ssda903;

import org.opencsc.validation.RuleYears;
import org.opencsc.validation.ValidationResult;
import org.opencsc.validation.Validator;
import org.opencsc.validation.internal.ssda903.Ssda903Years;

/** The DfE's SSDA903 rules: which apply in which year, and a run of them over a return. */
public final class Ssda903Validation {

  private Ssda903Validation() {}

  /** Every year's rules, additions and deletions. */
  public static RuleYears<LookedAfterChild> years() {
    return Ssda903Years.YEARS;
  }

  /** The rules of the return's collection year, over every child of the return. */
  public static ValidationResult run(Ssda903Return ssda903) {
    return Validator.run(
        years().rulesFor(ssda903.year()),
        ssda903.children(),
        LookedAfterChild::id,
        ssda903.supplied());
  }
}
