package org.opencsc.validation.internal.ssda903;

import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child looked after only on short-term breaks (every episode LS V3 or V4) has no MOTHER, review
 * or participation to report.
 */
@DfeRule(
    code = "399",
    fields = {"MOTHER", "LS", "REVIEW", "REVIEW_CODE"},
    advice =
        "Remove the mother, review and participation details of a child looked after only on"
            + " short breaks, or check the legal status.")
final class Rule399 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    List<Ssda903Row> episodes = child.episodes();
    if (episodes.isEmpty() || !episodes.stream().allMatch(e -> e.is("LS", "V3", "V4"))) {
      return;
    }
    Ssda903Row header = child.header();
    if (header != null && header.present("MOTHER")) {
      out.flag(header, "MOTHER").related(episodes.get(0), "LS");
    }
    for (Ssda903Row review : child.reviews()) {
      if (review.present("REVIEW") || review.present("REVIEW_CODE")) {
        out.flag(review, "REVIEW", "REVIEW_CODE").related(episodes.get(0), "LS");
      }
    }
  }
}
