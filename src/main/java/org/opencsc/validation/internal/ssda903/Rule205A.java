package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child who was UASC in last year's return and is not this year must have stopped being UASC last
 * year: last year's date UASC ceased (DUC) falls within last year's collection year.
 */
@DfeRule(
    code = "205A",
    fields = {"CHILD", "DUC"},
    needs = Need.PREVIOUS_RETURN,
    advice =
        "Check the child's UASC record: add it to this year's return if they are still (or were"
            + " formerly) UASC, or correct last year's date UASC ceased.")
final class Rule205A implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    LookedAfterChild last = child.lastYear().orElse(null);
    Ssda903Row header = child.header();
    if (last == null || header == null || Uasc.row(child) != null) {
      return;
    }
    Ssda903Row before = Uasc.row(last);
    if (before != null && !Uasc.within(before.date("DUC"), last.collectionStart())) {
      out.flag(header).related(before, "DUC");
    }
  }
}
