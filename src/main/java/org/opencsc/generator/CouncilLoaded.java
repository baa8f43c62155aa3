package org.opencsc.generator;

import java.time.Duration;
import java.util.Map;

/**
 * A council loaded into the database and served.
 *
 * @param snapshotId the new snapshot, now in {@code current_snapshot}
 * @param children children loaded
 * @param rowsByTable rows loaded per table
 * @param took how long the load took
 */
public record CouncilLoaded(
    long snapshotId, int children, Map<String, Long> rowsByTable, Duration took) {

  public CouncilLoaded {
    rowsByTable = Map.copyOf(rowsByTable);
  }

  public long totalRows() {
    return rowsByTable.values().stream().mapToLong(Long::longValue).sum();
  }
}
