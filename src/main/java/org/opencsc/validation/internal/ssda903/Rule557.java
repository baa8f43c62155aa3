package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child placed for adoption (PLACE A3 to A6) or under a placement order (LS = E1) whose episode
 * ended other than by adoption (REC given, not E11, E12 or X1) needs the decision that they should
 * no longer be placed for adoption: DATE_PLACED_CEASED and REASON_PLACED_CEASED.
 */
@DfeRule(
    code = "557",
    fields = {"PLACE", "LS", "REC", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"},
    advice =
        "Record the date and reason of the decision that the child should no longer be placed for"
            + " adoption.")
final class Rule557 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      boolean placedOrOrdered =
          episode.is("PLACE", "A3", "A4", "A5", "A6") || episode.is("LS", "E1");
      boolean leftNotAdopted = episode.present("REC") && !episode.is("REC", "E11", "E12", "X1");
      if (!placedOrOrdered || !leftNotAdopted) {
        continue;
      }
      if (child.placedAdoption().isEmpty()) {
        out.flag(episode, "REC").related(episode, "PLACE", "LS");
      }
      for (Ssda903Row placed : child.placedAdoption()) {
        if (placed.blank("DATE_PLACED_CEASED") || placed.blank("REASON_PLACED_CEASED")) {
          out.flag(placed, "DATE_PLACED_CEASED", "REASON_PLACED_CEASED")
              .flag(episode, "REC")
              .related(episode, "PLACE", "LS");
        }
      }
    }
  }
}
