package org.opencsc.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opencsc.calendar.internal.BankHoliday;
import org.opencsc.calendar.internal.BankHolidayFile;

/**
 * Working days over the shipped England and Wales bank holidays: hand-worked edges (the working in
 * the comments), then a few thousand random dates against a day-by-day count.
 */
class WorkingDaysTest {

  static final Set<LocalDate> BANK_HOLIDAYS =
      BankHolidayFile.shipped().holidays().stream()
          .map(BankHoliday::date)
          .collect(Collectors.toUnmodifiableSet());

  private final WorkingDays days = WorkingDays.of(BANK_HOLIDAYS);

  /** A duration worked by hand; {@link WorkingDaysSqlIT} checks the SQL functions on the same. */
  record Edge(String name, LocalDate from, LocalDate to, int workingDays) {
    Edge(String name, String from, String to, int workingDays) {
      this(name, LocalDate.parse(from), LocalDate.parse(to), workingDays);
    }
  }

  static final List<Edge> EDGES =
      List.of(
          // Tue 24 Dec 2024 → Fri 27: Wed 25 (Christmas Day) and Thu 26 (Boxing Day) are bank
          // holidays, Fri 27 counts: 1.
          new Edge("Christmas", "2024-12-24", "2024-12-27", 1),
          // Mon 23 Dec 2024 → Thu 2 Jan 2025: Tue 24, Fri 27, Mon 30, Tue 31, Thu 2 count; 25, 26
          // and Wed 1 Jan (New Year's Day) do not, nor the weekend 28–29: 5.
          new Edge("Christmas to New Year", "2024-12-23", "2025-01-02", 5),
          // Tue 31 Dec 2024 → Thu 2 Jan 2025: Wed 1 Jan is New Year's Day, Thu 2 counts: 1.
          new Edge("New Year", "2024-12-31", "2025-01-02", 1),
          // Thu 17 Apr 2025 → Tue 22: Fri 18 Good Friday, Sat 19, Sun 20, Mon 21 Easter Monday are
          // not working days, Tue 22 is: 1.
          new Edge("Easter", "2025-04-17", "2025-04-22", 1),
          // Fri 3 Jan 2025 → Mon 6: the weekend does not count, Monday does: 1.
          new Edge("weekend", "2025-01-03", "2025-01-06", 1),
          // Sat 4 Jan 2025 → Sun 5: no working day after Saturday up to Sunday: 0.
          new Edge("within a weekend", "2025-01-04", "2025-01-05", 0),
          // An assessment authorised the day it started: 0 (the DfE's "same day" band).
          new Edge("same day", "2025-03-12", "2025-03-12", 0),
          // Mon 6 Jan 2025 back to Fri 3: minus the working days after Fri 3 up to Mon 6: -1.
          new Edge("reversed", "2025-01-06", "2025-01-03", -1),
          // Wed 25 Dec 2024 back to Tue 24: minus the working days after the 24th up to the 25th
          // (none: the 25th is Christmas Day): 0.
          new Edge("reversed onto a holiday", "2024-12-25", "2024-12-24", 0),
          // Start Mon 23 Jun 2025. Weekdays after it: Tue 24 – Fri 27 (4), then eight whole weeks
          // Mon 30 Jun – Fri 22 Aug (40), so the 45th weekday is Mon 25 Aug 2025: the summer bank
          // holiday. No other bank holiday falls in between, so the 45th working day is Tue 26 Aug.
          new Edge(
              "45th working day is Tue after the summer bank holiday",
              "2025-06-23",
              "2025-08-26",
              45),
          // Authorised on the bank holiday itself: 44 (the holiday does not count).
          new Edge("authorised on the bank holiday", "2025-06-23", "2025-08-25", 44),
          // Authorised on Wed 27 Aug: 46, one day late.
          new Edge("authorised a day late", "2025-06-23", "2025-08-27", 46),
          // After the data's last year there are no bank holidays: Tue 24 Dec 2030 → Fri 27 counts
          // Wed 25, Thu 26, Fri 27: 3 (warned about at start-up).
          new Edge("past the data", "2030-12-24", "2030-12-27", 3));

  @Test
  void theHandWorkedEdges() {
    for (Edge edge : EDGES) {
      assertThat(days.between(edge.from(), edge.to()))
          .as(edge.name())
          .isEqualTo(edge.workingDays());
      if (edge.workingDays() > 0 && days.isWorkingDay(edge.to())) {
        assertThat(days.plus(edge.from(), edge.workingDays())).as(edge.name()).isEqualTo(edge.to());
      }
    }
  }

  @Test
  void the45thWorkingDayThatFallsOnABankHolidayMovesToTheNextWorkingDay() {
    LocalDate start = LocalDate.parse("2025-06-23"); // Monday
    LocalDate summerBankHoliday = LocalDate.parse("2025-08-25");
    // counting weekdays only, the 45th is the bank holiday (worked in EDGES)
    assertThat(WorkingDays.of(List.of()).plus(start, 45)).isEqualTo(summerBankHoliday);
    assertThat(days.isWorkingDay(summerBankHoliday)).isFalse();

    LocalDate due = days.plus(start, 45);

    assertThat(due).isEqualTo("2025-08-26");
    // authorised on the due date: still within 45 working days
    assertThat(days.between(start, due)).isEqualTo(45).isLessThanOrEqualTo(45);
    assertThat(days.between(start, due.plusDays(1))).isEqualTo(46);
  }

  @Test
  void plusZeroIsTheSameDayAndPlusOneTheNextWorkingDay() {
    LocalDate christmas = LocalDate.parse("2024-12-25");
    assertThat(days.plus(christmas, 0)).isEqualTo(christmas);
    // after Christmas Day: Thu 26 Boxing Day, Fri 27 the first working day
    assertThat(days.plus(christmas, 1)).isEqualTo("2024-12-27");
    // from a Saturday: Monday
    assertThat(days.plus(LocalDate.parse("2025-01-04"), 1)).isEqualTo("2025-01-06");
    // Fri 19 Dec 2025 + 5: Mon 22, Tue 23, Wed 24, Mon 29 (25, 26 holidays; 27–28 weekend), Tue 30
    assertThat(days.plus(LocalDate.parse("2025-12-19"), 5)).isEqualTo("2025-12-30");
    assertThatThrownBy(() -> days.plus(christmas, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n must be 0 or more, not -1");
  }

  @Test
  void workingDayIsAWeekdayThatIsNotAHoliday() {
    assertThat(days.isWorkingDay(LocalDate.parse("2025-04-18"))).isFalse(); // Good Friday
    assertThat(days.isWorkingDay(LocalDate.parse("2025-04-19"))).isFalse(); // Saturday
    assertThat(days.isWorkingDay(LocalDate.parse("2025-04-20"))).isFalse(); // Sunday
    assertThat(days.isWorkingDay(LocalDate.parse("2025-04-22"))).isTrue(); // Tuesday
  }

  @Test
  void closureDaysAreNotWorkingDaysButDoNotExtendTheDataCovered() {
    // the council closes on Mon 29, Tue 30 and Wed 31 Dec 2025 (and lists a Saturday, ignored)
    WorkingDays closed =
        days.withClosureDays(
            List.of(
                LocalDate.parse("2025-12-29"),
                LocalDate.parse("2025-12-30"),
                LocalDate.parse("2025-12-31"),
                LocalDate.parse("2025-12-27")));
    // Wed 24 Dec 2025 → Fri 2 Jan 2026: 25, 26 holidays, 27–28 weekend, 29–31 closed, 1 Jan
    // holiday; Fri 2 counts: 1 (without the closure days 29, 30, 31 and 2 count: 4)
    assertThat(closed.between(LocalDate.parse("2025-12-24"), LocalDate.parse("2026-01-02")))
        .isEqualTo(1);
    assertThat(days.between(LocalDate.parse("2025-12-24"), LocalDate.parse("2026-01-02")))
        .isEqualTo(4);
    assertThat(closed.lastHolidayCovered()).contains(LocalDate.parse("2027-12-28"));
    assertThat(WorkingDays.of(List.of()).lastHolidayCovered()).isEmpty();
  }

  @Test
  void holidaysOnAWeekendChangeNothing() {
    WorkingDays withSaturday = WorkingDays.of(List.of(LocalDate.parse("2025-01-04")));
    assertThat(withSaturday.between(LocalDate.parse("2025-01-03"), LocalDate.parse("2025-01-06")))
        .isEqualTo(1);
    assertThat(withSaturday.lastHolidayCovered()).contains(LocalDate.parse("2025-01-04"));
  }

  @Test
  void betweenMatchesADayByDayCountOnRandomDates() {
    Random random = new Random(20261123);
    for (int i = 0; i < 5_000; i++) {
      LocalDate from = randomDate(random);
      LocalDate to = from.plusDays(random.nextInt(-200, 500));
      assertThat(days.between(from, to)).as("%s → %s", from, to).isEqualTo(naiveBetween(from, to));
    }
  }

  @Test
  void plusMatchesADayByDayWalkAndUndoesBetween() {
    Random random = new Random(45);
    for (int i = 0; i < 5_000; i++) {
      LocalDate from = randomDate(random);
      int n = random.nextInt(0, 300);
      LocalDate due = days.plus(from, n);
      assertThat(due).as("%s + %d", from, n).isEqualTo(naivePlus(from, n));
      if (n >= 1) {
        assertThat(days.between(from, due)).isEqualTo(n);
        assertThat(days.isWorkingDay(due)).isTrue();
      }
    }
  }

  @Test
  void weekdayNumbersAreConsecutiveAndInvertible() {
    // Mon 1 Jan 1900 is weekday 1; its Friday, Saturday and Sunday 5; the Friday before it 0
    assertThat(WorkingDays.weekdayNumber(LocalDate.parse("1900-01-01").toEpochDay())).isEqualTo(1);
    assertThat(WorkingDays.weekdayNumber(LocalDate.parse("1900-01-07").toEpochDay())).isEqualTo(5);
    assertThat(WorkingDays.weekdayNumber(LocalDate.parse("1899-12-29").toEpochDay())).isEqualTo(0);
    for (long n = -3_000; n <= 3_000; n++) {
      long day = WorkingDays.weekdayEpochDay(n);
      assertThat(WorkingDays.weekdayNumber(day)).isEqualTo(n);
      assertThat(LocalDate.ofEpochDay(day).getDayOfWeek())
          .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }
  }

  /** A date from 2013 to 2029: before, across and after the data's years. */
  static LocalDate randomDate(Random random) {
    return LocalDate.of(2013, 1, 1).plusDays(random.nextInt(17 * 365));
  }

  private static boolean naiveWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY
        && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !BANK_HOLIDAYS.contains(day);
  }

  private static int naiveBetween(LocalDate from, LocalDate to) {
    int sign = to.isBefore(from) ? -1 : 1;
    LocalDate low = sign > 0 ? from : to;
    LocalDate high = sign > 0 ? to : from;
    int count = 0;
    for (LocalDate d = low.plusDays(1); !d.isAfter(high); d = d.plusDays(1)) {
      if (naiveWorkingDay(d)) {
        count++;
      }
    }
    return sign * count;
  }

  private static LocalDate naivePlus(LocalDate from, int n) {
    LocalDate d = from;
    for (int counted = 0; counted < n; ) {
      d = d.plusDays(1);
      if (naiveWorkingDay(d)) {
        counted++;
      }
    }
    return d;
  }
}
