package org.opencsc.database;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Each snapshot's rows live in partitions of their own (V4__snapshot_partitions.sql). A bulk load
 * runs in one transaction on one connection:
 *
 * <ol>
 *   <li>{@link #createLoadTables}: empty tables, not yet part of the served schema, that check
 *       not-null and check constraints as rows arrive;
 *   <li>COPY the rows into them, in any order;
 *   <li>{@link #attachLoadTables}: PostgreSQL checks the overlap rules, primary keys and foreign
 *       keys over whole tables at once and attaches them as the snapshot's partitions;
 *   <li>serve the snapshot and commit.
 * </ol>
 *
 * A failure anywhere, or a killed process, rolls all of it back: no partial snapshot can remain.
 */
public final class SnapshotPartitions {

  /**
   * The snapshot tables worked out from the others when the load tables are attached, not loaded
   * from files (fill_derived_load_tables.sql): a load reports no rows of its own for them.
   */
  public static final Set<String> DERIVED_TABLES = Set.of("allocation_span", "allocation_timeline");

  private SnapshotPartitions() {}

  /** Creates the load tables in the connection's transaction; returns table → load table. */
  public static Map<String, String> createLoadTables(Connection connection, long snapshotId) {
    Map<String, String> tables = new LinkedHashMap<>();
    jdbc(connection)
        .sql(sql("create_snapshot_load_tables.sql"))
        .param("snapshot_id", snapshotId)
        .query((rs, n) -> tables.put(rs.getString("table_name"), rs.getString("load_table")))
        .list();
    return tables;
  }

  /**
   * Fills the tables derived from the loaded rows (allocation_span, allocation_timeline), then
   * checks and attaches the load tables; throws on the first broken rule.
   */
  public static void attachLoadTables(Connection connection, long snapshotId) {
    jdbc(connection)
        .sql(sql("fill_derived_load_tables.sql"))
        .param("snapshot_id", snapshotId)
        .query(rs -> {});
    jdbc(connection)
        .sql(sql("attach_snapshot_load_tables.sql"))
        .param("snapshot_id", snapshotId)
        .query(rs -> {});
  }

  /**
   * Serves a snapshot that is still {@code building}: retires the one served until now and points
   * {@code current_snapshot} at it, under an advisory lock, in the connection's transaction.
   *
   * @throws IllegalStateException when the snapshot was no longer building
   */
  public static void serve(Connection connection, long snapshotId) {
    JdbcClient tx = jdbc(connection);
    tx.sql(sql("lock_snapshot_switch.sql")).query(rs -> {});
    boolean served =
        tx.sql(sql("serve_snapshot.sql"))
            .param("snapshot_id", snapshotId)
            .query(Long.class)
            .optional()
            .isPresent();
    if (!served) {
      throw new IllegalStateException("snapshot " + snapshotId + " was no longer building");
    }
  }

  private static JdbcClient jdbc(Connection connection) {
    return JdbcClient.create(new SingleConnectionDataSource(connection, true));
  }

  private static String sql(String name) {
    return SqlFile.load(SnapshotPartitions.class, "sql/" + name);
  }
}
