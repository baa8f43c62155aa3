package org.opencsc.ingest.internal;

import java.time.LocalDate;
import java.time.Month;

/**
 * A DfE collection year, 1 April to 31 March: {@code 2025-26} runs from 1 April 2025 to 31 March
 * 2026. Code lists and expected columns are kept per collection year.
 */
public record CollectionYear(int startYear) {

  /** The collection year a date falls in. */
  public static CollectionYear containing(LocalDate date) {
    return new CollectionYear(
        date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
  }

  public LocalDate start() {
    return LocalDate.of(startYear, Month.APRIL, 1);
  }

  public LocalDate end() {
    return LocalDate.of(startYear + 1, Month.MARCH, 31);
  }

  /** {@code 2025-26}. */
  public String label() {
    return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
  }

  @Override
  public String toString() {
    return label();
  }
}
