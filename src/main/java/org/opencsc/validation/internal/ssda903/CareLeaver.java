package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.ssda903.Ssda903Row;

/** What several rules ask of an OC3 (care leaver) row. */
final class CareLeaver {

  static final String[] FIELDS = {"IN_TOUCH", "ACTIV", "ACCOM"};

  private CareLeaver() {}

  /** Whether any of the care leaver items (IN_TOUCH, ACTIV, ACCOM) is completed. */
  static boolean hasInformation(Ssda903Row oc3) {
    return oc3.present("IN_TOUCH") || oc3.present("ACTIV") || oc3.present("ACCOM");
  }
}
