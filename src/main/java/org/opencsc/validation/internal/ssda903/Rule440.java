package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * Participation code PN0 (child under 4) is wrong for a review held after the child's 4th birthday.
 * The date of birth is the review row's own, else the Header's.
 */
@DfeRule(
    code = "440",
    fields = {"DOB", "REVIEW", "REVIEW_CODE"},
    advice =
        "Record how the child took part in the review (PN1 to PN7), or correct the review date "
            + "or date of birth.")
final class Rule440 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row review : child.reviews()) {
      LocalDate dob = review.date("DOB") != null ? review.date("DOB") : child.dob();
      LocalDate held = review.date("REVIEW");
      if (dob != null
          && held != null
          && review.is("REVIEW_CODE", "PN0")
          && held.isAfter(dob.plusYears(4))) {
        out.flag(review, "REVIEW_CODE").related(review, "REVIEW");
      }
    }
  }
}
