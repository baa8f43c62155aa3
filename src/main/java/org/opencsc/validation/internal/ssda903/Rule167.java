package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A review (REVIEW date given) must record the child's participation (REVIEW_CODE) with a code of
 * the year's list; a row with neither is left alone.
 */
@DfeRule(
    code = "167",
    fields = {"REVIEW", "REVIEW_CODE"},
    advice = "Record how the child participated in the review with one of the DfE's PN codes.")
final class Rule167 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row review : child.reviews()) {
      boolean neither = review.blank("REVIEW") && review.blank("REVIEW_CODE");
      boolean valid =
          review.present("REVIEW")
              && child.inReturn().codes().valid("REVIEW_CODE", review.value("REVIEW_CODE"));
      if (!neither && !valid) {
        out.flag(review, "REVIEW_CODE");
      }
    }
  }
}
