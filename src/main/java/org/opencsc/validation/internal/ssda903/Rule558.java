package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child who was adopted (an episode ended with REC E11 or E12) was adopted under a decision that
 * was not reversed: at least one of the child's PlacedAdoption rows must have DATE_PLACED_CEASED
 * blank. Earlier decisions that were reversed keep their dates.
 */
@DfeRule(
    code = "558",
    fields = {"REC", "DATE_PLACED_CEASED"},
    advice =
        "Clear the date the decision ceased on the decision the child was adopted under, or check"
            + " the reason the episode ended.")
final class Rule558 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    if (child.placedAdoption().isEmpty()) {
      return;
    }
    for (Ssda903Row placed : child.placedAdoption()) {
      if (placed.blank("DATE_PLACED_CEASED")) {
        return;
      }
    }
    for (Ssda903Row episode : child.episodes()) {
      if (episode.is("REC", "E11", "E12")) {
        RuleOutput.Finding finding = out.flag(episode, "REC");
        for (Ssda903Row placed : child.placedAdoption()) {
          finding.flag(placed, "DATE_PLACED_CEASED");
        }
      }
    }
  }
}
