package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A special guardianship order to former foster carers (REC E45 or E46) ends a foster placement:
 * the episode's placement must be U1 to U6.
 */
@DfeRule(
    code = "516",
    fields = {"REC", "PLACE"},
    advice =
        "Check the reason the episode ended: an order to carers who were not the child's foster"
            + " carers is E47 or E48.")
final class Rule516 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      if (episode.is("REC", "E45", "E46")
          && !episode.is("PLACE", "U1", "U2", "U3", "U4", "U5", "U6")) {
        out.flag(episode, "REC", "PLACE");
      }
    }
  }
}
