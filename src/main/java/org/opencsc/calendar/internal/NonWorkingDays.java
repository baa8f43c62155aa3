package org.opencsc.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.opencsc.calendar.WorkingDays;

/**
 * The configured non-working weekdays: the bank holiday file's, and the council's closure days that
 * fall on a weekday the file does not already list.
 *
 * @param file the bank holiday file
 * @param closureDays the extra closure days, weekdays only, in date order, none in the file
 */
record NonWorkingDays(BankHolidayFile file, List<LocalDate> closureDays) {

  /** The value of {@code bank_holiday.source} for closure days. */
  static final String CONFIGURATION = "configuration";

  static final String CLOSURE_TITLE = "Council closure day";

  NonWorkingDays {
    Objects.requireNonNull(file, "file");
    Set<LocalDate> listed = new TreeSet<>();
    file.holidays().forEach(h -> listed.add(h.date()));
    Set<LocalDate> extra = new TreeSet<>();
    for (LocalDate day : closureDays) {
      DayOfWeek weekday = day.getDayOfWeek();
      if (weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !listed.contains(day)) {
        extra.add(day);
      }
    }
    closureDays = List.copyOf(extra);
  }

  WorkingDays workingDays() {
    return WorkingDays.of(file.holidays().stream().map(BankHoliday::date).toList())
        .withClosureDays(closureDays);
  }

  /** Every row of {@code bank_holiday}, in date order within each source. */
  List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    file.holidays().forEach(h -> rows.add(new Row(h.date(), h.title(), file.source())));
    closureDays.forEach(day -> rows.add(new Row(day, CLOSURE_TITLE, CONFIGURATION)));
    return rows;
  }

  /** A row of {@code bank_holiday}. */
  record Row(LocalDate holidayDate, String title, String source) {}
}
