package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A DoLO still open at the end of last year's return must be carried into this year's: this year's
 * DoLo table must hold a DoLO with the same start date. The finding points at this year's DoLOs, or
 * at the child's Header row when it has none.
 */
@DfeRule(
    code = "706",
    fields = {"DOLO_START", "DOLO_END"},
    needs = Need.PREVIOUS_RETURN,
    advice =
        "Carry the order open at the end of last year into this year's return with the same start"
            + " date, or correct last year's end date.")
final class Rule706 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    LookedAfterChild last = child.lastYear().orElse(null);
    if (last == null) {
      return;
    }
    for (Ssda903Row open : last.dolo()) {
      if (open.blank("DOLO_END") && open.date("DOLO_START") != null && !carried(child, open)) {
        RuleOutput.Finding finding = null;
        for (Ssda903Row dolo : child.dolo()) {
          finding =
              finding == null ? out.flag(dolo, "DOLO_START") : finding.flag(dolo, "DOLO_START");
        }
        if (finding == null && child.header() != null) {
          finding = out.flag(child.header(), "CHILD");
        }
        if (finding != null) {
          finding.related(open, "DOLO_START", "DOLO_END");
        }
      }
    }
  }

  private static boolean carried(LookedAfterChild child, Ssda903Row open) {
    for (Ssda903Row dolo : child.dolo()) {
      if (open.date("DOLO_START").equals(dolo.date("DOLO_START"))) {
        return true;
      }
    }
    return false;
  }
}
