package org.opencsc.ingest.internal.cin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** CIN census dates: {@code yyyy-mm-dd} exactly, real calendar dates only. */
final class Dates {

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private Dates() {}

  static Optional<LocalDate> parse(String text) {
    if (text.length() != 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text, ISO));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
