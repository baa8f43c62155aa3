package org.opencsc.ingest.internal.ssd;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * SSD dates. The SSD's date fields are SQL Server {@code datetime} columns, which an export writes
 * as {@code 2025-06-03} or {@code 2025-06-03 00:00:00.000}; a file opened and saved in Excel on a
 * UK laptop has {@code 03/06/2025} or {@code 03/06/2025 00:00}. All four are read; the time of day
 * is dropped. {@code 1900-01-01} is SQL Server's empty date and reads as {@link #NONE}.
 */
final class SsdDates {

  /** SQL Server's default for an empty datetime: no date. */
  static final LocalDate NONE = LocalDate.of(1900, 1, 1);

  private static final Pattern ISO =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[ T]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,7})?)?)?");
  private static final Pattern UK =
      Pattern.compile("(\\d{2}/\\d{2}/\\d{4})(?: \\d{2}:\\d{2}(?::\\d{2})?)?");
  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter UK_DATE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private SsdDates() {}

  /** The date, or null when the text is not one of the forms above or not a real date. */
  static @Nullable LocalDate parse(String text) {
    Matcher iso = ISO.matcher(text);
    Matcher uk = UK.matcher(text);
    try {
      if (iso.matches()) {
        return LocalDate.parse(iso.group(1), ISO_DATE);
      }
      if (uk.matches()) {
        return LocalDate.parse(uk.group(1), UK_DATE);
      }
    } catch (DateTimeParseException e) {
      return null;
    }
    return null;
  }
}
