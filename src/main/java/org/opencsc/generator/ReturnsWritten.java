package org.opencsc.generator;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The statutory returns written for one collection year.
 *
 * @param directory the folder holding {@code ssda903/} and {@code cin/}
 * @param ssda903Children children in the SSDA903 return (looked after in the year, or care leavers
 *     due an OC3 row)
 * @param ssda903Rows data rows per SSDA903 file name, in the order of the return's tables
 * @param cinChildren children in the CIN census
 */
public record ReturnsWritten(
    Path directory, int ssda903Children, Map<String, Integer> ssda903Rows, int cinChildren) {

  public ReturnsWritten {
    ssda903Rows = Collections.unmodifiableMap(new LinkedHashMap<>(ssda903Rows));
  }
}
