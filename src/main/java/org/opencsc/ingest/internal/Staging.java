package org.opencsc.ingest.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opencsc.database.CopyRows;
import org.opencsc.database.CopySender;
import org.postgresql.copy.CopyManager;

/**
 * Where a source's rows go, by COPY: the run's staging tables, or — for a source that checks
 * everything a record needs while it reads — the snapshot's load tables themselves. A source asks
 * for a writer per table and file.
 */
public final class Staging {

  private final CopySender sender;
  private final @Nullable LoadTables load;
  private final List<CopyRows> open = new ArrayList<>();

  /** Rows sent at once, to staging tables only. */
  public Staging(CopyManager copy) {
    this(CopySender.direct(copy), null);
  }

  /**
   * Rows sent by {@code sender} (which may send them from a thread of its own).
   *
   * @param load the snapshot's load tables, for {@link #load}
   */
  public Staging(CopySender sender, @Nullable LoadTables load) {
    this.sender = sender;
    this.load = load;
  }

  /**
   * A writer into one staging table; rows are sent as its buffer fills and when the file ends.
   *
   * @param columns comma-separated, starting with {@code source_file, source_row}
   */
  public CopyRows table(String table, String columns) {
    CopyRows rows = new CopyRows(sender, table, columns);
    open.add(rows);
    return rows;
  }

  /**
   * A writer straight into the snapshot's load table of domain table {@code table} (rows rolled
   * back with the file if it is refused); the snapshot's ID is filled in.
   *
   * @param columns comma-separated, without {@code snapshot_id}
   */
  public CopyRows load(String table, String columns) {
    if (load == null) {
      throw new IllegalStateException("this staging has no load tables");
    }
    String loadTable = load.tables().get(table);
    if (loadTable == null) {
      throw new IllegalArgumentException(table + " is not a domain table");
    }
    CopyRows rows =
        new CopyRows(
            sender, '"' + loadTable + '"', "snapshot_id, " + columns, load.snapshotId() + "\t");
    open.add(rows);
    return rows;
  }

  /**
   * Sends every writer's remaining rows and waits until the database has them all; returns how many
   * rows the writers took in all.
   */
  public long flush() throws SQLException {
    long total = 0;
    for (CopyRows rows : open) {
      rows.flush();
      total += rows.rows();
    }
    open.clear();
    sender.await();
    return total;
  }

  /** Forgets the writers of a file whose rows are being rolled back, once nothing is in flight. */
  void discard() {
    open.clear();
    sender.awaitQuietly();
  }
}
