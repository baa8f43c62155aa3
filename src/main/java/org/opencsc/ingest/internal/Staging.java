package org.opencsc.ingest.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.database.CopyRows;
import org.postgresql.copy.CopyManager;

/** The run's staging tables, filled with COPY: a source asks for a writer per table and file. */
public final class Staging {

  private final CopyManager copy;
  private final List<CopyRows> open = new ArrayList<>();

  public Staging(CopyManager copy) {
    this.copy = copy;
  }

  /**
   * A writer into one staging table; rows are sent as its buffer fills and when the file ends.
   *
   * @param columns comma-separated, starting with {@code source_file, source_row}
   */
  public CopyRows table(String table, String columns) {
    CopyRows rows = new CopyRows(copy, table, columns);
    open.add(rows);
    return rows;
  }

  /** Sends every writer's remaining rows; returns how many rows the writers took in all. */
  public long flush() throws SQLException {
    long total = 0;
    for (CopyRows rows : open) {
      rows.flush();
      total += rows.rows();
    }
    open.clear();
    return total;
  }

  /** Forgets the writers of a file whose rows are being rolled back. */
  void discard() {
    open.clear();
  }
}
