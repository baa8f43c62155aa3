package org.opencsc.validation.internal.ssda903;

import java.util.List;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** The INT3x checks: a table with one row per child holds each child once. */
abstract class OnlyOnce implements Rule<LookedAfterChild> {

  private final String table;

  OnlyOnce(String table) {
    this.table = table;
  }

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    List<Ssda903Row> rows = child.rows(table);
    if (rows.size() < 2) {
      return;
    }
    RuleOutput.Finding finding = out.flag(rows.get(0), "CHILD");
    for (Ssda903Row row : rows.subList(1, rows.size())) {
      finding.flag(row, "CHILD");
    }
  }
}
