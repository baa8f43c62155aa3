package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * At most two temporary placements while the usual foster carers are on holiday (PLACE T3) may
 * start in any 12 months: every T3 episode of a 12-month window holding more is flagged.
 */
@DfeRule(
    code = "377",
    fields = {"PLACE", "DECOM"},
    advice =
        "Check the temporary placements: a third within a year is usually a placement of its own,"
            + " or a different temporary code.")
final class Rule377 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    List<Ssda903Row> holidays = new ArrayList<>();
    for (Ssda903Row episode : child.episodes()) {
      if (episode.is("PLACE", "T3") && episode.date("DECOM") != null) {
        holidays.add(episode); // in start order
      }
    }
    Set<Ssda903Row> tooMany = new LinkedHashSet<>();
    for (int i = 0; i < holidays.size(); i++) {
      LocalDate yearLater = holidays.get(i).date("DECOM").plusYears(1);
      int j = i;
      while (j < holidays.size() && holidays.get(j).date("DECOM").isBefore(yearLater)) {
        j++;
      }
      if (j - i > 2) {
        tooMany.addAll(holidays.subList(i, j));
      }
    }
    RuleOutput.Finding finding = null;
    for (Ssda903Row episode : tooMany) {
      finding = finding == null ? out.flag(episode, "PLACE") : finding.flag(episode, "PLACE");
    }
  }
}
