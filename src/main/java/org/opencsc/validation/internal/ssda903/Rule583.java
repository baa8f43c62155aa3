package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * Of a child's decisions to place for adoption, only the latest (by DATE_PLACED) may be open: every
 * earlier one needs the date it ceased (DATE_PLACED_CEASED), and no two may be open at once.
 */
@DfeRule(
    code = "583",
    fields = {"DATE_PLACED", "DATE_PLACED_CEASED"},
    advice =
        "Record the date the earlier decision was revoked (it may have been in an earlier year), or"
            + " remove a decision reported twice.")
final class Rule583 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row latest = null;
    for (Ssda903Row placed : child.placedAdoption()) {
      LocalDate decided = placed.date("DATE_PLACED");
      if (decided != null && (latest == null || decided.isAfter(latest.date("DATE_PLACED")))) {
        latest = placed;
      }
    }
    List<Ssda903Row> open = new ArrayList<>();
    for (Ssda903Row placed : child.placedAdoption()) {
      if (placed.blank("DATE_PLACED_CEASED")) {
        open.add(placed);
      }
    }
    for (Ssda903Row placed : open) {
      if (open.size() > 1 || placed != latest) {
        out.flag(placed, "DATE_PLACED", "DATE_PLACED_CEASED");
      }
    }
  }
}
