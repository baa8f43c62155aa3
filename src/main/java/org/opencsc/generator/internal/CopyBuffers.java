package org.opencsc.generator.internal;

import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.opencsc.database.CopyRows;
import org.opencsc.database.CopySender;
import org.postgresql.copy.CopyManager;

/**
 * Rows waiting to be copied, one buffer per table in PostgreSQL's COPY text format (tab-separated,
 * {@code \N} for null). {@link #flush} sends each non-empty buffer with one COPY into the table's
 * load table of the snapshot and empties them, so memory holds one batch at a time.
 */
final class CopyBuffers {

  private final long snapshotId;
  private final Map<String, String> loadTables;
  private final Map<CopyTable, StringBuilder> buffers = new EnumMap<>(CopyTable.class);
  private final Map<CopyTable, Long> totals = new EnumMap<>(CopyTable.class);

  /**
   * @param loadTables the table to COPY into for each table name ({@code child} → {@code
   *     child_s12})
   */
  CopyBuffers(long snapshotId, Map<String, String> loadTables) {
    this.snapshotId = snapshotId;
    this.loadTables = Map.copyOf(loadTables);
  }

  /** Adds one row; the snapshot ID is the first column and is added here. */
  void row(CopyTable table, @Nullable Object... values) {
    StringBuilder sb = buffers.computeIfAbsent(table, t -> new StringBuilder(1 << 16));
    sb.append(snapshotId);
    for (Object value : values) {
      sb.append('\t');
      CopyRows.append(sb, value);
    }
    sb.append('\n');
    totals.merge(table, 1L, Long::sum);
  }

  void flush(CopyManager copy) throws SQLException {
    CopySender sender = CopySender.direct(copy);
    for (CopyTable table : CopyTable.values()) {
      StringBuilder sb = buffers.get(table);
      if (sb == null || sb.isEmpty()) {
        continue;
      }
      String target = loadTables.get(table.tableName());
      if (target == null) {
        throw new IllegalStateException("no load table for " + table.tableName());
      }
      sender.send(table.copySql(target), sb.toString());
      sb.setLength(0);
    }
  }

  /** Rows added so far, per table name. */
  Map<String, Long> totals() {
    Map<String, Long> byName = new java.util.LinkedHashMap<>();
    totals.forEach((table, n) -> byName.put(table.tableName(), n));
    return byName;
  }
}
