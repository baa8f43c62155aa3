package org.opencsc.generator.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** How the returns spell values: 903 dates dd/mm/yyyy, CIN dates yyyy-mm-dd, flags 0/1. */
final class Formats {

  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  private Formats() {}

  /** SSDA903 date, or empty. */
  static String ukDate(@Nullable LocalDate date) {
    return date == null ? "" : UK.format(date);
  }

  /** CIN census (xs:date) date. */
  static String isoDate(LocalDate date) {
    return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
  }

  static String flag(@Nullable Boolean value) {
    return value == null ? "" : value ? "1" : "0";
  }

  static String text(@Nullable Object value) {
    return value == null ? "" : value.toString();
  }
}
