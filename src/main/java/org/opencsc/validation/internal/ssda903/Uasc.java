package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child's UASC status as the CSV return records it: the XML return's Header flag (UASC = 1) is,
 * in the CSV return, a row of the UASC table with something beyond the child's ID and date of
 * birth.
 */
final class Uasc {

  private Uasc() {}

  /** The child's UASC row that records the status, or null when the child is not UASC. */
  static @Nullable Ssda903Row row(LookedAfterChild child) {
    for (Ssda903Row uasc : child.uasc()) {
      if (uasc.present("SEX") || uasc.present("DUC")) {
        return uasc;
      }
    }
    return null;
  }

  /** Whether the date falls within the collection year that starts on {@code start}. */
  static boolean within(@Nullable LocalDate date, LocalDate start) {
    return date != null && !date.isBefore(start) && date.isBefore(start.plusYears(1));
  }
}
