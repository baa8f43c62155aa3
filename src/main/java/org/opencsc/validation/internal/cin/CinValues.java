package org.opencsc.validation.internal.cin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * How the CIN census's rules read its flags and its year: an {@code xs:boolean} is {@code 1} or
 * {@code true}, {@code 0} or {@code false}; the census year runs from 1 April to the reference
 * date, both included.
 */
final class CinValues {

  private CinValues() {}

  /** An {@code xs:boolean} that says yes ({@code 1}, {@code true}). */
  static boolean yes(@Nullable String flag) {
    return flag != null && (flag.equals("1") || flag.toLowerCase(Locale.ROOT).equals("true"));
  }

  /** An {@code xs:boolean} that says no ({@code 0}, {@code false}); blank is neither. */
  static boolean no(@Nullable String flag) {
    return flag != null && (flag.equals("0") || flag.toLowerCase(Locale.ROOT).equals("false"));
  }

  /**
   * An episode of need still open and going on to further action: no CINclosureDate, ReferralNFA
   * false.
   */
  static boolean openWithFurtherAction(XmlNode details) {
    return details.text("CINclosureDate") == null && no(details.text("ReferralNFA"));
  }

  /** Saturday or Sunday. */
  static boolean weekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }

  /** Whether the date falls in the census year: 1 April to the reference date, both included. */
  static boolean inCensusYear(LocalDate date, CinChild child) {
    return !date.isBefore(child.census().periodStart())
        && !date.isAfter(child.census().periodEnd());
  }
}
