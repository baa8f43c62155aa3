package org.opencsc.generator.internal;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A children's social work workforce census year: 1 October to 30 September, named by the year of
 * its 30 September (the reference date), as the DfE names the census ("year ending 30 September
 * 2025").
 */
record CensusYear(LocalDate referenceDate) {

  CensusYear {
    Objects.requireNonNull(referenceDate, "referenceDate");
  }

  /** The census year whose 30 September is the last on or before the date. */
  static CensusYear ending(LocalDate date) {
    LocalDate september = LocalDate.of(date.getYear(), Month.SEPTEMBER, 30);
    return new CensusYear(september.isAfter(date) ? september.minusYears(1) : september);
  }

  /** 1 October of the year before. */
  LocalDate start() {
    return referenceDate.minusYears(1).plusDays(1);
  }

  int year() {
    return referenceDate.getYear();
  }

  /** In post at some time in the year: started by 30 September, not left before 1 October. */
  boolean overlaps(LocalDate from, @Nullable LocalDate to) {
    return !from.isAfter(referenceDate) && (to == null || !to.isBefore(start()));
  }

  /** In post on 30 September. */
  boolean inPostAtReference(LocalDate from, @Nullable LocalDate to) {
    return !from.isAfter(referenceDate) && (to == null || !to.isBefore(referenceDate));
  }
}
