package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * The latest decision that the child should be placed for adoption (DATE_PLACED) must be on or
 * before the start (DECOM) of the child's first adoption placement (PLACE A3 to A6).
 */
@DfeRule(
    code = "552",
    fields = {"DATE_PLACED", "DECOM", "PLACE"},
    advice =
        "Check the date of the decision to place for adoption against the start of the adoption"
            + " placement; correct whichever is wrong.")
final class Rule552 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row latest = null;
    for (Ssda903Row placed : child.placedAdoption()) {
      LocalDate decided = placed.date("DATE_PLACED");
      if (decided != null && (latest == null || decided.isAfter(latest.date("DATE_PLACED")))) {
        latest = placed;
      }
    }
    if (latest == null) {
      return;
    }
    for (Ssda903Row episode : child.episodes()) {
      LocalDate placedOn = episode.date("DECOM");
      if (placedOn != null && episode.is("PLACE", "A3", "A4", "A5", "A6")) {
        // episodes are in start order: the first is the first adoption placement
        if (placedOn.isBefore(latest.date("DATE_PLACED"))) {
          out.flag(latest, "DATE_PLACED").flag(episode, "DECOM").related(episode, "PLACE");
        }
        return;
      }
    }
  }
}
