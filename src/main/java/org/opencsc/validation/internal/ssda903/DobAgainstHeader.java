package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * The INT1x checks: a date of birth repeated in another table must be the Header's (both valid
 * dates; a blank or unreadable one is left to the date rules).
 */
abstract class DobAgainstHeader implements Rule<LookedAfterChild> {

  private final String table;

  DobAgainstHeader(String table) {
    this.table = table;
  }

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row header = child.header();
    LocalDate dob = child.dob();
    if (header == null || dob == null) {
      return;
    }
    for (Ssda903Row row : child.rows(table)) {
      LocalDate here = row.date("DOB");
      if (here != null && !here.equals(dob)) {
        out.flag(row, "DOB").related(header, "DOB");
      }
    }
  }
}
