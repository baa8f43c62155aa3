package org.opencsc.generator.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Working days in England: Monday to Friday except England and Wales bank holidays (the list in
 * england-and-wales-bank-holidays.txt, from https://www.gov.uk/bank-holidays.json; years outside it
 * count weekends only). Days are epoch days; both directions are table look-ups.
 */
final class WorkingDays {

  private static final int FIRST = (int) LocalDate.of(1985, 1, 1).toEpochDay();
  private static final int LAST = (int) LocalDate.of(2060, 12, 31).toEpochDay();

  static final WorkingDays ENGLAND = load();

  /** ordinal[d - FIRST]: number of working days strictly before day d. */
  private final int[] ordinal;

  /** dayOf[n]: the n-th working day (epoch day). */
  private final int[] dayOf;

  private WorkingDays(boolean[] holiday) {
    ordinal = new int[LAST - FIRST + 2];
    int[] days = new int[LAST - FIRST + 1];
    int count = 0;
    for (int d = FIRST; d <= LAST; d++) {
      ordinal[d - FIRST] = count;
      if (isWeekday(d) && !holiday[d - FIRST]) {
        days[count++] = d;
      }
    }
    ordinal[LAST - FIRST + 1] = count;
    dayOf = java.util.Arrays.copyOf(days, count);
  }

  private static boolean isWeekday(int epochDay) {
    int dayOfWeek = Math.floorMod(epochDay + 3, 7); // 0 = Monday (1970-01-01 was a Thursday)
    return dayOfWeek < 5;
  }

  boolean isWorkingDay(int day) {
    return ordinal[day - FIRST + 1] > ordinal[day - FIRST];
  }

  /**
   * The day n working days after day (n >= 0): the n-th working day after it, or for n = 0 the day
   * itself when it is a working day, else the next working day.
   */
  int plus(int day, int n) {
    int next = ordinal[day - FIRST];
    int index = isWorkingDay(day) ? next + n : next + Math.max(0, n - 1);
    return dayOf[Math.min(index, dayOf.length - 1)];
  }

  /** Working days after from up to and including to (0 when to <= from). */
  int between(int from, int to) {
    if (to <= from) {
      return 0;
    }
    return ordinal[to - FIRST + 1] - ordinal[from - FIRST + 1];
  }

  private static WorkingDays load() {
    boolean[] holiday = new boolean[LAST - FIRST + 1];
    var stream =
        Objects.requireNonNull(
            WorkingDays.class.getResourceAsStream("england-and-wales-bank-holidays.txt"));
    try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          holiday[(int) LocalDate.parse(line.substring(0, 10)).toEpochDay() - FIRST] = true;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new WorkingDays(holiday);
  }
}
