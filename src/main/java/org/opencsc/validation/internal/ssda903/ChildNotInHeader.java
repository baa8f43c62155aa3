package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** The INT0x checks: a child with rows in a table must have a Header row. */
abstract class ChildNotInHeader implements Rule<LookedAfterChild> {

  private final String table;

  ChildNotInHeader(String table) {
    this.table = table;
  }

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    if (child.header() != null) {
      return;
    }
    for (Ssda903Row row : child.rows(table)) {
      out.flag(row, "CHILD");
    }
  }
}
