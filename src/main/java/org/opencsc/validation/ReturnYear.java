package org.opencsc.validation;

import java.time.LocalDate;
import java.time.Month;

/**
 * A collection year, 1 April to 31 March, named as the DfE names it: {@code 2025-26}.
 *
 * @param startYear the calendar year of its 1 April
 */
public record ReturnYear(int startYear) implements Comparable<ReturnYear> {

  /** {@code 2025-26} */
  public static ReturnYear of(String label) {
    if (!label.matches("\\d{4}-\\d{2}")) {
      throw new IllegalArgumentException("not a collection year like 2025-26: " + label);
    }
    ReturnYear year = new ReturnYear(Integer.parseInt(label.substring(0, 4)));
    if (!year.label().equals(label)) {
      throw new IllegalArgumentException("not a collection year like 2025-26: " + label);
    }
    return year;
  }

  /** The collection year that holds {@code date}. */
  public static ReturnYear containing(LocalDate date) {
    return new ReturnYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
  }

  public String label() {
    return String.format("%d-%02d", startYear, (startYear + 1) % 100);
  }

  /** 1 April */
  public LocalDate start() {
    return LocalDate.of(startYear, Month.APRIL, 1);
  }

  /** 31 March, the return's reference date */
  public LocalDate end() {
    return LocalDate.of(startYear + 1, Month.MARCH, 31);
  }

  public ReturnYear previous() {
    return new ReturnYear(startYear - 1);
  }

  public ReturnYear next() {
    return new ReturnYear(startYear + 1);
  }

  @Override
  public int compareTo(ReturnYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  @Override
  public String toString() {
    return label();
  }
}
