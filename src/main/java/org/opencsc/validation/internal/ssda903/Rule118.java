package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * The date of the decision that the child should no longer be placed for adoption
 * (DATE_PLACED_CEASED) cannot be before 1 April of the collection year, nor before the start of the
 * child's earliest episode that is not a short break (LS other than V3, V4).
 */
@DfeRule(
    code = "118",
    fields = {"DATE_PLACED_CEASED", "DECOM", "LS"},
    advice =
        "Check the date the adoption plan was reversed: a reversal before this year is not"
            + " reported; correct the date or the episode's start date.")
final class Rule118 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row earliest = null;
    for (Ssda903Row episode : child.episodes()) {
      if (episode.date("DECOM") != null && !episode.is("LS", "V3", "V4")) {
        earliest = episode;
        break; // start order
      }
    }
    if (earliest == null) {
      return;
    }
    LocalDate started = earliest.date("DECOM");
    for (Ssda903Row placed : child.placedAdoption()) {
      LocalDate ceased = placed.date("DATE_PLACED_CEASED");
      if (ceased == null) {
        continue;
      }
      if (ceased.isBefore(started)) {
        out.flag(placed, "DATE_PLACED_CEASED").flag(earliest, "DECOM").related(earliest, "LS");
      } else if (ceased.isBefore(child.collectionStart())) {
        out.flag(placed, "DATE_PLACED_CEASED").related(earliest, "DECOM");
      }
    }
  }
}
