package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import java.util.Objects;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child who is UASC in both years' returns has the dates UASC ceased (DUC) that go with it: last
 * year's is the 18th birthday (the status of a former UASC carries on), and this year's is either
 * within this collection year or the same as last year's.
 */
@DfeRule(
    code = "205B",
    fields = {"DUC", "DOB"},
    needs = Need.PREVIOUS_RETURN,
    advice =
        "Check the date UASC ceased in both years' returns against the child's date of birth;"
            + " correct whichever is wrong.")
final class Rule205B implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    LookedAfterChild last = child.lastYear().orElse(null);
    Ssda903Row now = Uasc.row(child);
    Ssda903Row before = last == null ? null : Uasc.row(last);
    if (now == null || before == null) {
      return;
    }
    LocalDate dob = before.date("DOB") != null ? before.date("DOB") : child.dob();
    LocalDate ceasedBefore = before.date("DUC");
    LocalDate ceased = now.date("DUC");
    boolean lastYearAt18 = dob != null && dob.plusYears(18).equals(ceasedBefore);
    boolean thisYear =
        Uasc.within(ceased, child.collectionStart()) || Objects.equals(ceased, ceasedBefore);
    if (!lastYearAt18 || !thisYear) {
      out.flag(now, "DUC").related(before, "DUC", "DOB");
    }
  }
}
