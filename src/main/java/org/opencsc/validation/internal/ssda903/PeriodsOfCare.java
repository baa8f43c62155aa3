package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child's periods of care as the DfE's rules read them from the episodes: episodes in start
 * order, a new period starting when an episode begins after the previous one ended. Episodes
 * without a valid start date are left out.
 */
final class PeriodsOfCare {

  /**
   * One continuous period of care.
   *
   * @param end the last episode's end date, null while the child is still looked after
   */
  record Period(LocalDate start, @Nullable LocalDate end) {

    /** Whether {@code date} falls in the period (an open period runs on). */
    boolean contains(LocalDate date) {
      return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }
  }

  private PeriodsOfCare() {}

  static List<Period> of(LookedAfterChild child) {
    List<Period> periods = new ArrayList<>();
    LocalDate start = null;
    LocalDate end = null;
    for (Ssda903Row episode : child.episodes()) {
      LocalDate decom = episode.date("DECOM");
      if (decom == null) {
        continue;
      }
      if (start != null && end != null && decom.isAfter(end)) {
        periods.add(new Period(start, end));
        start = null;
      }
      if (start == null) {
        start = decom;
      }
      end = episode.date("DEC");
    }
    if (start != null) {
      periods.add(new Period(start, end));
    }
    return periods;
  }

  /**
   * Whether an occurrence that runs while the child is looked after (a missing period, a DoLO) lies
   * in one of the periods: one without an end date needs a period still open that began on or
   * before it; one with an end date needs a period that the end date falls in.
   */
  static boolean holds(List<Period> periods, LocalDate start, @Nullable LocalDate end) {
    for (Period period : periods) {
      boolean in =
          end == null
              ? period.end() == null && !start.isBefore(period.start())
              : period.contains(end);
      if (in) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the child was looked after for the whole collection year as the DfE's guide defines it
   * for the OC2 table: in care at some time in the year, with no episode in the year that started a
   * period of care (RNE = S) after 1 April, ended care (REC other than X1) before 31 March, or was
   * a short-break placement (LS = V3 or V4).
   */
  static boolean continuouslyLookedAfter(LookedAfterChild child) {
    LocalDate yearStart = child.collectionStart();
    LocalDate yearEnd = child.collectionEnd();
    boolean inCare = false;
    for (Ssda903Row episode : child.episodes()) {
      LocalDate decom = episode.date("DECOM");
      LocalDate dec = episode.date("DEC");
      boolean duringYear =
          decom != null && !decom.isAfter(yearEnd) && (dec == null || !dec.isBefore(yearStart));
      inCare |= duringYear;
      boolean entersCare =
          episode.is("RNE", "S")
              && decom != null
              && decom.isAfter(yearStart)
              && !decom.isAfter(yearEnd);
      boolean leavesCare =
          !episode.is("REC", "X1")
              && dec != null
              && !dec.isBefore(yearStart)
              && dec.isBefore(yearEnd);
      if (entersCare || leavesCare || (duringYear && episode.is("LS", "V3", "V4"))) {
        return false;
      }
    }
    return inCare;
  }
}
