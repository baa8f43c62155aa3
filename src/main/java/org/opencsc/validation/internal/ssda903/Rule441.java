package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * Participation codes PN1 to PN7 (child 4 or over) are wrong for a review held before the child's
 * 4th birthday. The date of birth is the review row's own, else the Header's.
 */
@DfeRule(
    code = "441",
    fields = {"DOB", "REVIEW", "REVIEW_CODE"},
    advice = "Record PN0 for a child under 4, or correct the review date or date of birth.")
final class Rule441 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row review : child.reviews()) {
      LocalDate dob = review.date("DOB") != null ? review.date("DOB") : child.dob();
      LocalDate held = review.date("REVIEW");
      if (dob != null
          && held != null
          && review.is("REVIEW_CODE", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7")
          && held.isBefore(dob.plusYears(4))) {
        out.flag(review, "REVIEW_CODE").related(review, "REVIEW");
      }
    }
  }
}
