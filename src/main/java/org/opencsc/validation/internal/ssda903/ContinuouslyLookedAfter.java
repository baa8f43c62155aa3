package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * Whether a child was looked after continuously for the 12 months to 31 March (the OC2 cohort), as
 * the DfE's guide defines it from the episodes: looked after at some point in the year, and no
 * episode shows a break — none started a period of care (RNE = S) after 1 April, none ended one
 * (REC other than X1) within the year, and none was a short break (LS V3 or V4) in the year.
 */
final class ContinuouslyLookedAfter {

  private ContinuouslyLookedAfter() {}

  static boolean at12Months(LookedAfterChild child) {
    LocalDate start = child.collectionStart();
    LocalDate end = child.collectionEnd();
    boolean inYear = false;
    for (Ssda903Row episode : child.episodes()) {
      LocalDate decom = episode.date("DECOM");
      LocalDate dec = episode.date("DEC");
      boolean during =
          decom != null && !decom.isAfter(end) && (dec == null || !dec.isBefore(start));
      inYear |= during;
      boolean entersCare =
          episode.is("RNE", "S") && decom != null && decom.isAfter(start) && !decom.isAfter(end);
      boolean leavesCare =
          !episode.is("REC", "X1") && dec != null && !dec.isBefore(start) && dec.isBefore(end);
      boolean shortBreak = episode.is("LS", "V3", "V4") && during;
      if (entersCare || leavesCare || shortBreak) {
        return false;
      }
    }
    return inYear;
  }
}
