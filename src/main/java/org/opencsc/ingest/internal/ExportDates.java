package org.opencsc.ingest.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Dates as case-management exports write them in CSV files that are not the SSDA903 return: {@code
 * 2025-06-03} (ISO, the XSD's xs:date), {@code 2025-06-03 00:00:00.000} (a SQL Server datetime), or
 * what a file opened and saved in Excel on a UK laptop has: {@code 03/06/2025} or {@code 03/06/2025
 * 00:00}. The time of day is dropped.
 */
public final class ExportDates {

  private static final Pattern ISO =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[ T]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,7})?)?)?");
  private static final Pattern UK =
      Pattern.compile("(\\d{2}/\\d{2}/\\d{4})(?: \\d{2}:\\d{2}(?::\\d{2})?)?");
  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter UK_DATE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private ExportDates() {}

  /** The date, or null when the text is not one of the forms above or not a real date. */
  public static @Nullable LocalDate parse(String text) {
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
