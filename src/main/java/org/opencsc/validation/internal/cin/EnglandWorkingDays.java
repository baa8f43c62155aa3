package org.opencsc.validation.internal.cin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days in England as the CIN census rules count them back from the reference date: Monday
 * to Friday less the regular bank holidays (New Year's Day, Good Friday, Easter Monday, the May and
 * August bank holidays, Christmas and Boxing Day, with their substitute days). One-off holidays
 * (jubilees, coronations, state funerals) are not known here; the windows these rules count (up to
 * 45 working days before 31 March) can only meet Easter. The rules module has no access to the
 * council's configured calendar, hence these few lines of its own.
 */
final class EnglandWorkingDays {

  private EnglandWorkingDays() {}

  /** The n-th working day before {@code date}: {@code before(d, 1)} is the last one before d. */
  static LocalDate before(LocalDate date, int n) {
    LocalDate day = date;
    int counted = 0;
    while (counted < n) {
      day = day.minusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  static boolean isWorkingDay(LocalDate day) {
    return !CinValues.weekend(day) && !isBankHoliday(day);
  }

  static boolean isBankHoliday(LocalDate day) {
    return HOLIDAYS.computeIfAbsent(day.getYear(), EnglandWorkingDays::holidays).contains(day);
  }

  /** Each year's bank holidays, worked out once: the rules ask millions of times. */
  private static final Map<Integer, Set<LocalDate>> HOLIDAYS = new ConcurrentHashMap<>();

  private static Set<LocalDate> holidays(int year) {
    LocalDate easter = easterSunday(year);
    LocalDate christmas = weekdayOnOrAfter(LocalDate.of(year, Month.DECEMBER, 25));
    return Set.of(
        weekdayOnOrAfter(LocalDate.of(year, Month.JANUARY, 1)),
        easter.minusDays(2),
        easter.plusDays(1),
        LocalDate.of(year, Month.MAY, 1).with(firstMonday()),
        LocalDate.of(year, Month.MAY, 31).with(lastMonday()),
        LocalDate.of(year, Month.AUGUST, 31).with(lastMonday()),
        // 25 and 26 December, or the weekdays that stand in for them when they fall at a weekend
        christmas,
        weekdayOnOrAfter(christmas.plusDays(1)));
  }

  private static LocalDate weekdayOnOrAfter(LocalDate day) {
    LocalDate d = day;
    while (CinValues.weekend(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  private static TemporalAdjuster firstMonday() {
    return TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY);
  }

  private static TemporalAdjuster lastMonday() {
    return TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY);
  }

  /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of 1876). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, dayOfMonth);
  }
}
