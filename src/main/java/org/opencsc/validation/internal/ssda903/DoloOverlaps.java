package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.ssda903.Ssda903Row;

/** Whether a DoLO with both dates overlaps an episode (an episode without an end runs on). */
final class DoloOverlaps {

  private DoloOverlaps() {}

  static boolean overlap(Ssda903Row dolo, Ssda903Row episode) {
    LocalDate start = dolo.date("DOLO_START");
    LocalDate end = dolo.date("DOLO_END");
    LocalDate decom = episode.date("DECOM");
    LocalDate dec = episode.date("DEC");
    if (start == null || end == null || decom == null) {
      return false;
    }
    return !end.isBefore(decom) && (dec == null || !start.isAfter(dec));
  }
}
