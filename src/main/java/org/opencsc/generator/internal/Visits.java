package org.opencsc.generator.internal;

import java.util.Arrays;

/** Recurring dates (visits, reviews, checks) at a standard interval, some of them late. */
final class Visits {

  private final WorkingDays days = WorkingDays.ENGLAND;
  private final Rand rand;
  private int[] buffer = new int[64];

  Visits(Rand rand) {
    this.rand = rand;
  }

  /**
   * Days from start to last (inclusive) at most every standard working days, a share of them late;
   * only those on or after clipFrom are returned.
   */
  int[] regular(int start, int last, int standard, double late, int clipFrom) {
    int count = 0;
    int day = start;
    while (true) {
      int interval =
          rand.chance(late)
              ? standard + rand.between(1, standard / 2 + 3)
              : rand.between(Math.max(1, standard - 5), standard);
      day = days.plus(day, interval);
      if (day > last) {
        break;
      }
      count = keep(day, clipFrom, count);
    }
    return Arrays.copyOf(buffer, count);
  }

  /** The same in calendar days: first within first days of start, then every interval days. */
  int[] calendar(int start, int last, int first, int interval, double late, int clipFrom) {
    int count = 0;
    int day = start + rand.between(Math.max(0, first - 10), first);
    while (day <= last) {
      count = keep(day, clipFrom, count);
      int gap = rand.chance(late) ? interval + rand.between(3, 30) : interval - rand.between(0, 10);
      day += Math.max(1, gap);
    }
    return Arrays.copyOf(buffer, count);
  }

  private int keep(int day, int clipFrom, int count) {
    if (day < clipFrom) {
      return count;
    }
    if (count == buffer.length) {
      buffer = Arrays.copyOf(buffer, count * 2);
    }
    buffer[count] = day;
    return count + 1;
  }
}
