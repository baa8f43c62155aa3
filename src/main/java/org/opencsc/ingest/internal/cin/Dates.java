package org.opencsc.ingest.internal.cin;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.opencsc.ingest.internal.AsciiDigits;

/**
 * CIN census dates: {@code yyyy-mm-dd} exactly, real calendar dates only. Read by hand rather than
 * with a {@code DateTimeFormatter}: a census holds hundreds of thousands of dates and this is the
 * reader's most frequent call.
 */
final class Dates {

  private Dates() {}

  static Optional<LocalDate> parse(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return Optional.empty();
    }
    int year = AsciiDigits.value(text, 0, 4);
    int month = AsciiDigits.value(text, 5, 7);
    int day = AsciiDigits.value(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
