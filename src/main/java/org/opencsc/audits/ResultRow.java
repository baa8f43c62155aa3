package org.opencsc.audits;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The graded audits of one unit (a service area, team or worker id; "council" for the whole
 * council; "" when the audit recorded none) in the calendar quarter starting {@code quarter}, by
 * final grade.
 */
public record ResultRow(
    String unitId,
    LocalDate quarter,
    long audits,
    long outstanding,
    long good,
    long requiresImprovement,
    long inadequate) {

  public ResultRow {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(quarter, "quarter");
  }

  /** Outstanding or good, as a share of the audits (0.5 for half); null without audits. */
  public @Nullable Double goodOrBetter() {
    return audits == 0 ? null : (double) (outstanding + good) / audits;
  }
}
