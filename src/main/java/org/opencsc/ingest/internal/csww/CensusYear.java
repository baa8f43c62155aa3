package org.opencsc.ingest.internal.csww;

import java.time.LocalDate;
import java.time.Month;

/**
 * A workforce census year, 1 October to 30 September, named as the DfE names it by the year of its
 * 30 September, the reference date: census year 2025 runs from 1 October 2024 to 30 September 2025.
 */
record CensusYear(int year) {

  /** The census year whose 30 September is the last on or before the date. */
  static CensusYear ending(LocalDate date) {
    LocalDate september = LocalDate.of(date.getYear(), Month.SEPTEMBER, 30);
    return new CensusYear(september.isAfter(date) ? date.getYear() - 1 : date.getYear());
  }

  LocalDate referenceDate() {
    return LocalDate.of(year, Month.SEPTEMBER, 30);
  }

  LocalDate start() {
    return LocalDate.of(year - 1, Month.OCTOBER, 1);
  }

  @Override
  public String toString() {
    return "the census year ending 30 September " + year;
  }
}
