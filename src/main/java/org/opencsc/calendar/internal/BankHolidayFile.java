package org.opencsc.calendar.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.core.io.ClassPathResource;

/**
 * A bank holiday file: {@code date,title} CSV, one holiday a line in date order, lines starting
 * with {@code #} are comments. The title is everything after the first comma (no quoting). Every
 * date must be a weekday: a holiday falling on a weekend is listed on its substitute day.
 *
 * @param source the file's name, recorded beside each of its rows in {@code bank_holiday}
 * @param holidays the holidays, in date order
 */
public record BankHolidayFile(String source, List<BankHoliday> holidays) {

  /**
   * The file shipped with OpenCSC: GOV.UK's England and Wales list (its header gives the source).
   */
  public static final String SHIPPED = "bank-holidays-england-and-wales.csv";

  public BankHolidayFile {
    Objects.requireNonNull(source, "source");
    holidays = List.copyOf(holidays);
  }

  /** The shipped England and Wales list. */
  public static BankHolidayFile shipped() {
    ClassPathResource resource = new ClassPathResource("org/opencsc/calendar/" + SHIPPED);
    try {
      return parse(SHIPPED, resource.getContentAsString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the shipped " + SHIPPED + ": " + e, e);
    }
  }

  /** A council's own file ({@code opencsc.calendar.bank-holidays}). */
  public static BankHolidayFile read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot read the bank holiday file " + file + " (opencsc.calendar.bank-holidays): " + e);
    }
    Path name = file.getFileName();
    return parse(name == null ? file.toString() : name.toString(), text);
  }

  /** Parses the text; a line that breaks a rule fails with its number and what is wrong. */
  static BankHolidayFile parse(String source, String text) {
    List<BankHoliday> holidays = new ArrayList<>();
    boolean header = false;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (!header) {
        if (!line.equals("date,title")) {
          throw invalid(source, i, "the first line that is not a comment must be date,title");
        }
        header = true;
        continue;
      }
      BankHoliday holiday = row(source, i, line);
      if (!holidays.isEmpty()
          && !holiday.date().isAfter(holidays.get(holidays.size() - 1).date())) {
        throw invalid(source, i, holiday.date() + " is not after the line before: keep date order");
      }
      holidays.add(holiday);
    }
    if (!header) {
      throw invalid(source, lines.length - 1, "no date,title header");
    }
    return new BankHolidayFile(source, holidays);
  }

  private static BankHoliday row(String source, int index, String line) {
    int comma = line.indexOf(',');
    if (comma < 0 || line.substring(comma + 1).isBlank()) {
      throw invalid(source, index, "expected date,title");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(line.substring(0, comma).strip());
    } catch (DateTimeParseException e) {
      throw invalid(source, index, "not a yyyy-mm-dd date: " + line.substring(0, comma));
    }
    DayOfWeek day = date.getDayOfWeek();
    if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
      throw invalid(source, index, date + " is a " + day + ": list the substitute weekday");
    }
    return new BankHoliday(date, line.substring(comma + 1).strip());
  }

  private static IllegalStateException invalid(String source, int index, String problem) {
    return new IllegalStateException(
        "bank holiday file " + source + ", line " + (index + 1) + ": " + problem);
  }
}
