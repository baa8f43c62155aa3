package org.opencsc.generator.internal;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A collection year, 1 April to 31 March, both days included. */
public record ReportingYear(LocalDate start, LocalDate end) {

  public ReportingYear {
    Objects.requireNonNull(start);
    Objects.requireNonNull(end);
  }

  /** True when the period from {@code from} to {@code to} (open when null) touches the year. */
  boolean overlaps(LocalDate from, @Nullable LocalDate to) {
    return !from.isAfter(end) && (to == null || !to.isBefore(start));
  }

  boolean contains(@Nullable LocalDate date) {
    return date != null && !date.isBefore(start) && !date.isAfter(end);
  }

  /** The date as the return sees it at 31 March: null when it is after the year. */
  @Nullable LocalDate asKnownAtEnd(@Nullable LocalDate date) {
    return date == null || date.isAfter(end) ? null : date;
  }
}
