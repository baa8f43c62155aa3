package org.opencsc.ingest.internal.ssd;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.opencsc.ingest.internal.ExportDates;

/**
 * SSD dates. The SSD's date fields are SQL Server {@code datetime} columns, which an export writes
 * as {@code 2025-06-03} or {@code 2025-06-03 00:00:00.000}; a file opened and saved in Excel on a
 * UK laptop has {@code 03/06/2025} or {@code 03/06/2025 00:00}. All four are read ({@link
 * ExportDates}); the time of day is dropped. {@code 1900-01-01} is SQL Server's empty date and
 * reads as {@link #NONE}.
 */
final class SsdDates {

  /** SQL Server's default for an empty datetime: no date. */
  static final LocalDate NONE = LocalDate.of(1900, 1, 1);

  private SsdDates() {}

  /** The date, or null when the text is not one of the forms above or not a real date. */
  static @Nullable LocalDate parse(String text) {
    return ExportDates.parse(text);
  }
}
