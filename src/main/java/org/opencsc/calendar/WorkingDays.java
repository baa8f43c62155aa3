package org.opencsc.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.LongStream;

/**
 * Working days: Monday to Friday, less a set of holidays. Immutable and thread-safe; the Spring
 * bean holds the configured bank holidays and closure days ({@link CalendarProperties}).
 *
 * <p>Durations follow the DfE's convention: {@link #between} counts the working days d with {@code
 * from < d <= to}, so an assessment authorised the day it started took 0 working days and one
 * started on a Friday and authorised on the Monday took 1. The SQL functions {@code
 * working_days_between} and {@code add_working_days} answer the same.
 *
 * <p>Each call is week arithmetic plus a binary search in the sorted holidays: no loop over days.
 * Dates after {@link #lastHolidayCovered()} are treated as having no holidays.
 */
public final class WorkingDays {

  /** Monday 1 January 1900: weekdays are numbered from it, as in the SQL. */
  private static final long EPOCH_MONDAY = LocalDate.of(1900, 1, 1).toEpochDay();

  /** The holidays that fall on a weekday, as epoch days, sorted, without duplicates. */
  private final long[] holidays;

  private final Optional<LocalDate> lastHolidayCovered;

  private WorkingDays(long[] holidays, Optional<LocalDate> lastHolidayCovered) {
    this.holidays = holidays;
    this.lastHolidayCovered = lastHolidayCovered;
  }

  /**
   * Working days less these holidays. Holidays on a Saturday or Sunday change nothing; {@link
   * #lastHolidayCovered()} is the latest of them.
   */
  public static WorkingDays of(Collection<LocalDate> holidays) {
    Objects.requireNonNull(holidays, "holidays");
    return new WorkingDays(
        weekdayEpochDays(holidays.stream().mapToLong(LocalDate::toEpochDay)),
        holidays.stream().max(LocalDate::compareTo));
  }

  /**
   * These working days less the given closure days as well (days the council treats as
   * non-working), leaving {@link #lastHolidayCovered()} as it was: closure days say nothing about
   * the years the bank holidays cover.
   */
  public WorkingDays withClosureDays(Collection<LocalDate> closureDays) {
    Objects.requireNonNull(closureDays, "closureDays");
    long[] merged =
        weekdayEpochDays(
            LongStream.concat(
                Arrays.stream(holidays), closureDays.stream().mapToLong(LocalDate::toEpochDay)));
    return new WorkingDays(merged, lastHolidayCovered);
  }

  /**
   * The number of working days d with {@code from < d <= to}: 0 for the same day, 1 from a Friday
   * to the next Monday; when {@code to} is before {@code from}, minus the working days d with
   * {@code to < d <= from}.
   *
   * @throws ArithmeticException if the answer does not fit an int (dates millions of years apart)
   */
  public int between(LocalDate from, LocalDate to) {
    return Math.toIntExact(workingDayNumber(to.toEpochDay()) - workingDayNumber(from.toEpochDay()));
  }

  /**
   * The n-th working day after {@code from}: {@code plus(d, 0)} is d (working day or not), {@code
   * plus(d, 1)} the first working day after d. For every n ≥ 1, {@code between(d, plus(d, n)) == n}
   * and {@code plus(d, n)} is a working day.
   *
   * @throws IllegalArgumentException if n is negative
   */
  public LocalDate plus(LocalDate from, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be 0 or more, not " + n);
    }
    if (n == 0) {
      return from;
    }
    long start = from.toEpochDay();
    long target = weekdayNumber(start) + n;
    // With k holidays between from and the answer, the answer is weekday number target + k. The
    // least k for which the (k+1)-th holiday after from comes after that weekday is the one: the
    // test below is false for every smaller k and true for every larger one.
    int first = holidaysThrough(start);
    int low = 0;
    int high = holidays.length - first;
    while (low < high) {
      int k = (low + high) >>> 1;
      if (holidays[first + k] > weekdayEpochDay(target + k)) {
        high = k;
      } else {
        low = k + 1;
      }
    }
    return LocalDate.ofEpochDay(weekdayEpochDay(target + low));
  }

  /** Whether the day is a Monday to Friday and not a holiday. */
  public boolean isWorkingDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY
        && weekday != DayOfWeek.SUNDAY
        && Arrays.binarySearch(holidays, day.toEpochDay()) < 0;
  }

  /**
   * The latest bank holiday the data knows (empty if it knows none). Later dates are counted as if
   * they had no bank holidays: warn when a date you count to is past it.
   */
  public Optional<LocalDate> lastHolidayCovered() {
    return lastHolidayCovered;
  }

  @Override
  public String toString() {
    return "WorkingDays["
        + holidays.length
        + " weekday holidays, last covered "
        + lastHolidayCovered.map(LocalDate::toString).orElse("none")
        + "]";
  }

  /** Working days from the epoch through the day (a cumulative count: only differences matter). */
  private long workingDayNumber(long epochDay) {
    return weekdayNumber(epochDay) - holidaysThrough(epochDay);
  }

  /**
   * Weekdays from Monday 1900-01-01 through the day: 1 for that Monday, 5 for its Friday, Saturday
   * and Sunday, 6 for the next Monday; 0 and below before it.
   */
  static long weekdayNumber(long epochDay) {
    long days = epochDay - EPOCH_MONDAY;
    return 5 * Math.floorDiv(days, 7) + Math.min(Math.floorMod(days, 7) + 1, 5);
  }

  /** The weekday whose {@link #weekdayNumber} is the given one, as an epoch day. */
  static long weekdayEpochDay(long weekdayNumber) {
    long weeks = Math.floorDiv(weekdayNumber - 1, 5);
    long weekday = Math.floorMod(weekdayNumber - 1, 5);
    return EPOCH_MONDAY + 7 * weeks + weekday;
  }

  /** How many holidays fall on or before the day. */
  private int holidaysThrough(long epochDay) {
    int at = Arrays.binarySearch(holidays, epochDay);
    return at >= 0 ? at + 1 : -at - 1;
  }

  private static long[] weekdayEpochDays(LongStream epochDays) {
    return epochDays
        .filter(day -> Math.floorMod(day - EPOCH_MONDAY, 7) < 5)
        .sorted()
        .distinct()
        .toArray();
  }
}
