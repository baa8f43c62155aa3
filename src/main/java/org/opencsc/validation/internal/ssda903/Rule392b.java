package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A looked-after child's episodes (other than short-term breaks, LS V3 or V4) need the home and
 * placement postcodes. Children who are or were unaccompanied asylum seekers, this year or last
 * (when last year's return was supplied), have no home postcode and are not checked.
 */
@DfeRule(
    code = "392b",
    fields = {"HOME_POST", "PL_POST", "LS"},
    advice = "Record the child's home postcode and the placement's postcode on the episode.")
final class Rule392b implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    if (Uasc.status(child) || child.lastYear().map(Uasc::status).orElse(false)) {
      return;
    }
    for (Ssda903Row episode : child.episodes()) {
      if (!episode.is("LS", "V3", "V4")
          && (episode.blank("HOME_POST") || episode.blank("PL_POST"))) {
        out.flag(episode, "HOME_POST", "PL_POST");
      }
    }
  }
}
