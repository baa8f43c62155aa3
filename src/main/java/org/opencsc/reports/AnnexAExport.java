package org.opencsc.reports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an Annex A workbook holds: the data rows of each sheet ({@code List 1} … {@code List 11}),
 * in the template's order.
 */
public record AnnexAExport(AnnexAPeriod period, Map<String, Long> rowsBySheet) {

  public AnnexAExport {
    rowsBySheet = Collections.unmodifiableMap(new LinkedHashMap<>(rowsBySheet));
  }

  /** Every list's rows together: what the access log records. */
  public long rows() {
    return rowsBySheet.values().stream().mapToLong(Long::longValue).sum();
  }
}
