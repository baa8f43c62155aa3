package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * Whether a child was an unaccompanied asylum-seeking child in the year: the Header's UASC status
 * (UASC_STATUS, or UASC in the DfE's XML layout) when the file has it, else a row in the UASC
 * table.
 */
final class Uasc {

  private Uasc() {}

  static boolean status(LookedAfterChild child) {
    Ssda903Row header = child.header();
    if (header != null) {
      String given = headerStatus(header);
      if (!given.isEmpty()) {
        return "1".equals(given);
      }
    }
    return !child.uasc().isEmpty();
  }

  /** The Header's own UASC status, or blank when the file has no such column. */
  static String headerStatus(Ssda903Row header) {
    return header.present("UASC_STATUS") ? header.value("UASC_STATUS") : header.value("UASC");
  }
}
