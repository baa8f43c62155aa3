package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child's UASC status as the return records it. The DfE's XML layout has a UASC flag on the
 * Header; the CSV return has, instead, a row of the UASC table. Two readings are used, as the DfE's
 * rules are written: {@link #row} (the rules about the status's details: a UASC row with something
 * beyond the child's ID and date of birth) and {@link #status} (the rules about whether the child
 * was UASC at all: the Header's flag when the file has one, else any UASC row).
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

  /** Whether the child was UASC in the year. */
  static boolean status(LookedAfterChild child) {
    Ssda903Row header = child.header();
    if (header != null) {
      String given = headerStatus(header);
      if (!given.isEmpty()) {
        return "1".equals(given);
      }
    }
    return !child.uasc().isEmpty();
  }

  /** The Header's own UASC status, or blank when the file has no such column. */
  static String headerStatus(Ssda903Row header) {
    return header.present("UASC_STATUS") ? header.value("UASC_STATUS") : header.value("UASC");
  }
}
