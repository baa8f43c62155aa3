package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * The decision that the child should be placed for adoption (DATE_PLACED) must be on or before the
 * placement order: the start (DECOM) of the child's first episode with LS = E1 in the return.
 */
@DfeRule(
    code = "554",
    fields = {"DATE_PLACED", "DECOM", "LS"},
    advice =
        "Check the date of the decision to place for adoption against the start of the placement"
            + " order episode; an order granted in an earlier year can make this a false alarm.")
final class Rule554 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row order = null;
    for (Ssda903Row episode : child.episodes()) {
      if (episode.is("LS", "E1") && episode.date("DECOM") != null) {
        order = episode;
        break; // episodes are in start order
      }
    }
    if (order == null) {
      return;
    }
    for (Ssda903Row placed : child.placedAdoption()) {
      LocalDate decided = placed.date("DATE_PLACED");
      if (decided != null && decided.isAfter(order.date("DECOM"))) {
        out.flag(placed, "DATE_PLACED").flag(order, "DECOM").related(order, "LS");
      }
    }
  }
}
