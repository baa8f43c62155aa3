package org.opencsc.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;

/**
 * The shipped bank holiday file against the rules that make England and Wales bank holidays, year
 * by year, so that a typo fails the build: New Year's Day, Christmas Day and Boxing Day (or their
 * substitute weekdays), Good Friday and Easter Monday around the computed Easter Sunday, the first
 * and last Mondays of May and the last Monday of August, with the known moves and extra days.
 */
class BankHolidaysTest {

  private static final int FIRST_YEAR = 2015;
  private static final int LAST_YEAR = 2027;

  private final BankHolidayFile shipped = BankHolidayFile.shipped();

  @Test
  void everyYearHasExactlyTheHolidaysTheRulesGive() {
    Map<Integer, Map<LocalDate, String>> byYear =
        shipped.holidays().stream()
            .collect(
                Collectors.groupingBy(
                    h -> h.date().getYear(),
                    TreeMap::new,
                    Collectors.toMap(
                        BankHoliday::date, BankHoliday::title, (a, b) -> a, TreeMap::new)));

    assertThat(byYear.keySet()).containsExactlyElementsOf(years());
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      assertThat(byYear.get(year)).as("bank holidays of %d", year).isEqualTo(expected(year));
    }
  }

  @Test
  void everyDateIsAWeekdayInDateOrder() {
    List<LocalDate> dates = shipped.holidays().stream().map(BankHoliday::date).toList();
    assertThat(dates).hasSize(107).isSorted().doesNotHaveDuplicates();
    assertThat(dates)
        .allSatisfy(
            d -> assertThat(d.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    assertThat(dates.get(0)).isEqualTo("2015-01-01");
    assertThat(dates.get(dates.size() - 1)).isEqualTo("2027-12-28");
  }

  @Test
  void theFileStatesItsSourceAndWhenItWasTranscribed() throws IOException {
    String text =
        new ClassPathResource("org/opencsc/calendar/" + BankHolidayFile.SHIPPED)
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(text)
        .contains("https://www.gov.uk/bank-holidays.json")
        .contains("\"england-and-wales\"")
        .containsPattern("Transcribed \\d{4}-\\d{2}-\\d{2}");
    assertThat(shipped.source()).isEqualTo("bank-holidays-england-and-wales.csv");
  }

  @Test
  void aFileThatBreaksARuleFailsWithItsLineNumber() {
    assertThatThrownBy(() -> parse("# c\ndate,title\n2026-12-26,Boxing Day\n"))
        .hasMessage(
            "bank holiday file test.csv, line 3: 2026-12-26 is a SATURDAY: list the"
                + " substitute weekday");
    assertThatThrownBy(() -> parse("date,title\n2026-13-01,Nonsense\n"))
        .hasMessageContaining("line 2: not a yyyy-mm-dd date: 2026-13-01");
    assertThatThrownBy(() -> parse("date,title\n2026-12-25,Christmas Day\n2026-04-03,Good Friday"))
        .hasMessageContaining("line 3: 2026-04-03 is not after the line before");
    assertThatThrownBy(() -> parse("date,title\n2026-12-25\n"))
        .hasMessageContaining("line 2: expected date,title");
    assertThatThrownBy(() -> parse("2026-12-25,Christmas Day\n"))
        .hasMessageContaining("line 1: the first line that is not a comment must be date,title");
  }

  @Test
  void aTitleIsEverythingAfterTheFirstComma() {
    BankHolidayFile file = parse("date,title\r\n\r\n2026-12-25, Christmas Day, observed \r\n");
    assertThat(file.holidays())
        .containsExactly(new BankHoliday(LocalDate.parse("2026-12-25"), "Christmas Day, observed"));
  }

  @Test
  void closureDaysOnAWeekendOrAlreadyABankHolidayAddNothing() {
    NonWorkingDays days =
        new NonWorkingDays(
            shipped,
            List.of(
                LocalDate.parse("2025-12-31"), // a Wednesday: added
                LocalDate.parse("2025-12-27"), // a Saturday: not a working day anyway
                LocalDate.parse("2025-12-26"), // Boxing Day: already listed
                LocalDate.parse("2025-12-29"), // a Monday: added
                LocalDate.parse("2025-12-31"))); // twice: once
    assertThat(days.closureDays())
        .containsExactly(LocalDate.parse("2025-12-29"), LocalDate.parse("2025-12-31"));
    assertThat(days.rows()).hasSize(109);
    assertThat(days.rows().get(108))
        .isEqualTo(
            new NonWorkingDays.Row(
                LocalDate.parse("2025-12-31"), "Council closure day", "configuration"));
    // the closure days do not extend the years the bank holidays cover
    assertThat(days.workingDays().lastHolidayCovered()).contains(LocalDate.parse("2027-12-28"));
    assertThat(days.workingDays().isWorkingDay(LocalDate.parse("2025-12-29"))).isFalse();
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void warnsWhenTheDataEndsWithinAYear(CapturedOutput output) {
    NonWorkingDays days = new NonWorkingDays(shipped, List.of());
    CalendarConfiguration.warnIfEndingWithinAYear(days, LocalDate.parse("2026-11-23"));
    assertThat(output).doesNotContain("Bank holidays are known only up to");
    CalendarConfiguration.warnIfEndingWithinAYear(days, LocalDate.parse("2026-12-29"));
    assertThat(output)
        .contains(
            "Bank holidays are known only up to 2027-12-28 (bank-holidays-england-and-wales.csv)");
  }

  /** The holidays the rules give for the year, with GOV.UK's titles. */
  private static Map<LocalDate, String> expected(int year) {
    Map<LocalDate, String> holidays = new TreeMap<>();
    LocalDate newYear = LocalDate.of(year, 1, 1);
    put(holidays, nextWeekday(newYear), "New Year’s Day", newYear);
    LocalDate easter = easterSunday(year);
    holidays.put(easter.minusDays(2), "Good Friday");
    holidays.put(easter.plusDays(1), "Easter Monday");
    holidays.put(
        monday(year, 5, TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)),
        "Early May bank holiday");
    holidays.put(
        monday(year, 5, TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Spring bank holiday");
    holidays.put(
        monday(year, 8, TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Summer bank holiday");
    christmas(holidays, year);
    switch (year) {
      case 2020 -> {
        // the early May bank holiday moved from Monday 4 to Friday 8 May for VE Day's 75th
        // anniversary
        holidays.remove(LocalDate.of(2020, 5, 4));
        holidays.put(LocalDate.of(2020, 5, 8), "Early May bank holiday (VE day)");
      }
      case 2022 -> {
        // the spring bank holiday moved from Monday 30 May to Thursday 2 June, beside the jubilee
        holidays.remove(LocalDate.of(2022, 5, 30));
        holidays.put(LocalDate.of(2022, 6, 2), "Spring bank holiday");
        holidays.put(LocalDate.of(2022, 6, 3), "Platinum Jubilee bank holiday");
        holidays.put(
            LocalDate.of(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II");
      }
      case 2023 ->
          holidays.put(
              LocalDate.of(2023, 5, 8), "Bank holiday for the coronation of King Charles III");
      default -> {}
    }
    return holidays;
  }

  /**
   * Christmas Day and Boxing Day, each on the first weekday on or after it that the other does not
   * take: on a Saturday, Christmas moves to Monday and Boxing Day to Tuesday; on a Sunday, Boxing
   * Day keeps Monday 26 and Christmas moves to Tuesday 27.
   */
  private static void christmas(Map<LocalDate, String> holidays, int year) {
    LocalDate christmas = LocalDate.of(year, 12, 25);
    LocalDate boxingDay = christmas.plusDays(1);
    LocalDate boxingDayTaken = nextWeekday(boxingDay);
    LocalDate christmasTaken = nextWeekday(christmas);
    if (christmasTaken.equals(boxingDayTaken)) {
      if (christmas.getDayOfWeek() == DayOfWeek.SUNDAY) {
        christmasTaken = nextWeekday(boxingDayTaken.plusDays(1));
      } else {
        boxingDayTaken = nextWeekday(christmasTaken.plusDays(1));
      }
    }
    put(holidays, christmasTaken, "Christmas Day", christmas);
    put(holidays, boxingDayTaken, "Boxing Day", boxingDay);
  }

  private static void put(
      Map<LocalDate, String> holidays, LocalDate taken, String title, LocalDate day) {
    holidays.put(taken, taken.equals(day) ? title : title + " (substitute day)");
  }

  private static LocalDate nextWeekday(LocalDate day) {
    LocalDate d = day;
    while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      d = d.plusDays(1);
    }
    return d;
  }

  private static LocalDate monday(int year, int month, java.time.temporal.TemporalAdjuster which) {
    return LocalDate.of(year, month, 1).with(which);
  }

  /** Easter Sunday in the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher). */
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
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  @Test
  void easterSundayIsRightForYearsCheckedByHand() {
    assertThat(easterSunday(2019)).isEqualTo("2019-04-21");
    assertThat(easterSunday(2024)).isEqualTo("2024-03-31");
    assertThat(easterSunday(2025)).isEqualTo("2025-04-20");
    assertThat(easterSunday(2038)).isEqualTo("2038-04-25");
  }

  private static List<Integer> years() {
    return java.util.stream.IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR).boxed().toList();
  }

  private static BankHolidayFile parse(String text) {
    return BankHolidayFile.parse("test.csv", text);
  }
}
