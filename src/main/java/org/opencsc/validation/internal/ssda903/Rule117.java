package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * The dates of the decisions that the child should (DATE_PLACED) or should no longer
 * (DATE_PLACED_CEASED) be placed for adoption cannot be after 31 March of the collection year, nor
 * after the end (DEC) of the child's latest episode that is not a change of placement only (REC
 * X1).
 */
@DfeRule(
    code = "117",
    fields = {"DATE_PLACED_CEASED", "DATE_PLACED", "DEC", "REC", "DECOM"},
    advice =
        "Check the adoption decision dates against the collection year and the date the child"
            + " left care; correct whichever is wrong.")
final class Rule117 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row latest = null;
    for (Ssda903Row episode : child.episodes()) {
      if (episode.date("DECOM") != null && !episode.is("REC", "X1")) {
        latest = episode; // start order: the last one wins
      }
    }
    if (latest == null) {
      return;
    }
    for (Ssda903Row placed : child.placedAdoption()) {
      for (String field : new String[] {"DATE_PLACED", "DATE_PLACED_CEASED"}) {
        check(child, placed, field, latest, out);
      }
    }
  }

  private static void check(
      LookedAfterChild child, Ssda903Row placed, String field, Ssda903Row latest, RuleOutput out) {
    LocalDate decided = placed.date(field);
    if (decided == null) {
      return;
    }
    LocalDate left = latest.date("DEC");
    if (left != null && decided.isAfter(left)) {
      out.flag(placed, field).flag(latest, "DEC");
    } else if (decided.isAfter(child.collectionEnd())) {
      out.flag(placed, field).related(latest, "DEC");
    }
  }
}
