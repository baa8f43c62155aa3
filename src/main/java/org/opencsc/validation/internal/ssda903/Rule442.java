package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child looked after other than on short-term breaks (an episode with LS other than V3 or V4)
 * needs a UPN on the Header (or one of the UN codes saying why there is none).
 */
@DfeRule(
    code = "442",
    fields = {"UPN", "LS"},
    advice =
        "Record the child's unique pupil number from the school, or the UN code that says why"
            + " there is none.")
final class Rule442 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row header = child.header();
    if (header == null || header.present("UPN")) {
      return;
    }
    if (child.episodes().stream().anyMatch(e -> !e.is("LS", "V3", "V4"))) {
      out.flag(header, "UPN");
    }
  }
}
