package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** The AD1 adoption details, and whether an episode is an adoption in the collection year. */
final class AdoptionDetails {

  static final String[] FIELDS = {
    "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"
  };

  private AdoptionDetails() {}

  /** An episode that ended in adoption (REC E11 or E12) within the collection year. */
  static boolean adoptedInYear(LookedAfterChild child, Ssda903Row episode) {
    LocalDate dec = episode.date("DEC");
    return episode.is("REC", "E11", "E12")
        && dec != null
        && !dec.isBefore(child.collectionStart())
        && !dec.isAfter(child.collectionEnd());
  }
}
