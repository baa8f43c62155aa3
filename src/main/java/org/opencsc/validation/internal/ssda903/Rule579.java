package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * Decisions to place for adoption must not overlap: taken in date order, a decision cannot be made
 * while the one before it is still open (no DATE_PLACED_CEASED), nor before the earlier one ceased.
 */
@DfeRule(
    code = "579",
    fields = {"DATE_PLACED", "DATE_PLACED_CEASED"},
    advice =
        "Record the date the earlier decision ceased, or correct the dates so the decisions do not"
            + " overlap.")
final class Rule579 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    List<Ssda903Row> decisions = new ArrayList<>();
    for (Ssda903Row placed : child.placedAdoption()) {
      if (placed.date("DATE_PLACED") != null) {
        decisions.add(placed);
      }
    }
    decisions.sort(Comparator.comparing((Ssda903Row r) -> r.date("DATE_PLACED")));
    for (int i = 1; i < decisions.size(); i++) {
      Ssda903Row previous = decisions.get(i - 1);
      Ssda903Row decision = decisions.get(i);
      LocalDate ceased = previous.date("DATE_PLACED_CEASED");
      LocalDate decided = decision.date("DATE_PLACED");
      if (ceased == null || (decided != null && decided.isBefore(ceased))) {
        out.flag(decision, "DATE_PLACED").flag(previous, "DATE_PLACED_CEASED");
      }
    }
  }
}
