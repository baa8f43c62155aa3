package org.opencsc.validation.internal.cin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** What several CIN census rules read the same way. */
final class CinFacts {

  private CinFacts() {}

  /** An {@code xs:boolean} that is true: {@code true} or {@code 1}. */
  static boolean isTrue(@Nullable String flag) {
    return "true".equals(flag) || "1".equals(flag);
  }

  /** An {@code xs:boolean} that is false: {@code false} or {@code 0}. */
  static boolean isFalse(@Nullable String flag) {
    return "false".equals(flag) || "0".equals(flag);
  }

  /** {@code from <= date <= to} */
  static boolean within(LocalDate date, LocalDate from, LocalDate to) {
    return !date.isBefore(from) && !date.isAfter(to);
  }

  /** The child's {@code ChildIdentifiers}, or the {@code Child} itself when it has none. */
  static XmlNode identifiers(CinChild child) {
    XmlNode identifiers = child.identifiers();
    return identifiers == XmlNode.ABSENT ? child.node() : identifiers;
  }

  /** The child's {@code ChildCharacteristics}, or the {@code Child} itself when it has none. */
  static XmlNode characteristics(CinChild child) {
    XmlNode characteristics = child.characteristics();
    return characteristics == XmlNode.ABSENT ? child.node() : characteristics;
  }

  /**
   * The working day before {@code day} in England: weekends and the bank holidays that can fall
   * near the census's 1 April start (Good Friday, Easter Monday) are skipped. The other bank
   * holidays never fall in the weeks around 1 April, where the rules ask this.
   */
  static LocalDate workingDayBefore(LocalDate day) {
    LocalDate easter = easterSunday(day.getYear());
    LocalDate d = day.minusDays(1);
    while (d.getDayOfWeek() == DayOfWeek.SATURDAY
        || d.getDayOfWeek() == DayOfWeek.SUNDAY
        || d.equals(easter.minusDays(2))
        || d.equals(easter.plusDays(1))) {
      d = d.minusDays(1);
    }
    return d;
  }

  /** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm). */
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
