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
 * A child's missing or away periods must not overlap: taken in start order, a period cannot start
 * while the one before it has no end date, nor before the day the one before it ended.
 */
@DfeRule(
    code = "574",
    fields = {"MIS_START", "MIS_END"},
    advice =
        "Record the end date of the earlier period, or correct the dates so they do not overlap.")
final class Rule574 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    List<Ssda903Row> periods = new ArrayList<>();
    for (Ssda903Row missing : child.missing()) {
      if (missing.date("MIS_START") != null) {
        periods.add(missing);
      }
    }
    periods.sort(Comparator.comparing((Ssda903Row r) -> r.date("MIS_START")));
    for (int i = 1; i < periods.size(); i++) {
      Ssda903Row previous = periods.get(i - 1);
      Ssda903Row period = periods.get(i);
      LocalDate previousEnd = previous.date("MIS_END");
      LocalDate start = period.date("MIS_START");
      if (previousEnd == null || (start != null && start.isBefore(previousEnd))) {
        out.flag(period, "MIS_START").flag(previous, "MIS_END");
      }
    }
  }
}
