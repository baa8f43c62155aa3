package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.ssda903.Ssda903Row;

/** Whether two rows hold the same date in a field (as text when either is not a valid date). */
final class SameDate {

  private SameDate() {}

  static boolean same(Ssda903Row a, Ssda903Row b, String field) {
    LocalDate first = a.date(field);
    LocalDate second = b.date(field);
    if (first != null && second != null) {
      return first.equals(second);
    }
    return a.value(field).equals(b.value(field));
  }
}
