package org.opencsc.ingest.internal.csww;

import java.util.Objects;
import java.util.regex.Pattern;
import org.opencsc.ingest.internal.CodeLists;

/**
 * What a row is checked against: the census year (its reference date and columns) and the code
 * lists used for it.
 *
 * @param codeYear the census year whose code list is used (the census's own, else the nearest)
 */
record CswwRules(CensusYear census, CodeLists codes, int codeYear) {

  /** The XSD's swetype: two letters, then one to ten digits (Social Work England numbers). */
  static final Pattern SWE_NO = Pattern.compile("[A-Za-z]{2}\\d{1,10}");

  CswwRules {
    Objects.requireNonNull(census, "census");
    Objects.requireNonNull(codes, "codes");
  }
}
