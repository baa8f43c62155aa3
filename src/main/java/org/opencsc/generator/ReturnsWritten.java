package org.opencsc.generator;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The statutory returns written for one collection year, and the council's Standard Safeguarding
 * Dataset extract.
 *
 * @param directory the folder holding {@code ssda903/}, {@code cin/}, {@code ssd/} and {@code
 *     csww/} and {@code annex-a/}
 * @param ssda903Children children in the SSDA903 return (looked after in the year, or care leavers
 *     due an OC3 row)
 * @param ssda903Rows data rows per SSDA903 file name, in the order of the return's tables
 * @param cinChildren children in the CIN census
 * @param ssdRows data rows per Standard Safeguarding Dataset file name (the extract covers the
 *     whole simulated period, not one year)
 * @param cswwRows data rows per workforce census file name (the census year ending 30 September)
 * @param annexARows data rows per sheet of the Ofsted Annex A workbook ({@code List 1} … {@code
 *     List 11}; the six months ending on the extract date)
 */
public record ReturnsWritten(
    Path directory,
    int ssda903Children,
    Map<String, Integer> ssda903Rows,
    int cinChildren,
    Map<String, Integer> ssdRows,
    Map<String, Integer> cswwRows,
    Map<String, Integer> annexARows) {

  public ReturnsWritten {
    ssda903Rows = Collections.unmodifiableMap(new LinkedHashMap<>(ssda903Rows));
    ssdRows = Collections.unmodifiableMap(new LinkedHashMap<>(ssdRows));
    cswwRows = Collections.unmodifiableMap(new LinkedHashMap<>(cswwRows));
    annexARows = Collections.unmodifiableMap(new LinkedHashMap<>(annexARows));
  }
}
