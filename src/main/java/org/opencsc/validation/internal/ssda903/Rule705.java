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
 * A child's DoLOs must not overlap: taken in start order, a DoLO cannot start while the one before
 * it has no end date, nor before the day the one before it ended.
 */
@DfeRule(
    code = "705",
    fields = {"DOLO_START", "DOLO_END"},
    advice =
        "Record the end date of the earlier order, or correct the dates so they do not overlap.")
final class Rule705 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    List<Ssda903Row> orders = new ArrayList<>();
    for (Ssda903Row dolo : child.dolo()) {
      if (dolo.date("DOLO_START") != null) {
        orders.add(dolo);
      }
    }
    orders.sort(Comparator.comparing((Ssda903Row r) -> r.date("DOLO_START")));
    for (int i = 1; i < orders.size(); i++) {
      Ssda903Row previous = orders.get(i - 1);
      Ssda903Row order = orders.get(i);
      LocalDate previousEnd = previous.date("DOLO_END");
      LocalDate start = order.date("DOLO_START");
      if (previousEnd == null || (start != null && start.isBefore(previousEnd))) {
        out.flag(order, "DOLO_START").flag(previous, "DOLO_END");
      }
    }
  }
}
