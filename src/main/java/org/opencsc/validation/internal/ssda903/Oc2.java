package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** What several rules ask of an OC2 (looked after for 12 months) record. */
final class Oc2 {

  /** The 0/1 items of the OC2 record. */
  static final String[] ITEMS = {
    "CONVICTED",
    "HEALTH_CHECK",
    "IMMUNISATIONS",
    "TEETH_CHECK",
    "HEALTH_ASSESSMENT",
    "SUBSTANCE_MISUSE",
    "INTERVENTION_RECEIVED",
    "INTERVENTION_OFFERED"
  };

  private Oc2() {}

  /** The date of birth on the OC2 row, else the Header's. */
  static @Nullable LocalDate dob(LookedAfterChild child, Ssda903Row oc2) {
    LocalDate dob = oc2.date("DOB");
    return dob != null ? dob : child.dob();
  }
}
