package org.opencsc.ingest.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.opencsc.database.CopyRows;
import org.opencsc.database.SqlFile;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.IngestReport.FileReport;
import org.opencsc.ingest.Severity;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Writes a run's files, rows loaded per table, findings and outcome to the load history. Findings
 * (up to 100,000 a run) go in with one COPY, not a statement each, and then take their first_seen
 * from the same findings of the previous loaded run (sql/first_seen.sql).
 */
final class RunHistory {

  private static final String FINDING_COLUMNS =
      "run_id, finding_no, file_name, row_number, child_id, field, value, rule, severity, message";

  private RunHistory() {}

  /**
   * Records the run in the connection's transaction, or in one of its own when the connection is in
   * auto-commit (a run that ended early, a validation): all of a run's history or none.
   */
  static void record(Connection connection, long runId, Outcome outcome, String checksum)
      throws SQLException {
    boolean own = connection.getAutoCommit();
    if (own) {
      connection.setAutoCommit(false);
    }
    try {
      write(connection, runId, outcome, checksum);
      if (own) {
        connection.commit();
      }
    } catch (SQLException | RuntimeException e) {
      if (own) {
        connection.rollback();
      }
      throw e;
    } finally {
      if (own) {
        connection.setAutoCommit(true);
      }
    }
  }

  private static void write(Connection connection, long runId, Outcome outcome, String checksum)
      throws SQLException {
    JdbcClient db = JdbcClient.create(new SingleConnectionDataSource(connection, true));
    for (FileReport file : outcome.files()) {
      db.sql(sql("insert_file"))
          .param("run_id", runId)
          .param("file_name", file.name())
          .param("size_bytes", file.sizeBytes())
          .param("sha256", file.sha256())
          .param("source", file.source())
          .param("collection_year", null)
          .param("rows_read", file.rowsRead())
          .param("rows_rejected", file.rowsRejected())
          .update();
    }
    outcome
        .tableRows()
        .forEach(
            (table, rows) ->
                db.sql(sql("insert_table_count"))
                    .param("run_id", runId)
                    .param("table_name", table)
                    .param("rows_loaded", rows)
                    .update());
    CopyRows findings =
        new CopyRows(
            connection.unwrap(PGConnection.class).getCopyAPI(), "ingest_finding", FINDING_COLUMNS);
    int n = 0;
    for (Finding f : outcome.findings()) {
      findings.add(
          runId,
          ++n,
          f.file(),
          f.row(),
          f.childId(),
          f.field(),
          f.value(),
          f.rule(),
          f.severity().label(),
          f.message());
    }
    findings.flush();
    // the history is read off each run's own rows, so it is worked out once, here. Hash joins
    // only: the table's statistics do not know the findings just written, and the planner,
    // expecting one, would compare each with every other (at the twentieth run 500 findings took
    // 0.2 s instead of 0.01 s; 100,000 would take hours).
    db.sql("set local enable_nestloop = off").update();
    db.sql(sql("first_seen")).param("run_id", runId).update();
    db.sql("set local enable_nestloop to default").update();
    long queries = outcome.findings().stream().filter(f -> f.severity() == Severity.QUERY).count();
    db.sql(sql("finish_run"))
        .param("run_id", runId)
        .param("outcome", outcome.name())
        .param("snapshot_id", outcome.snapshotId())
        .param("files_checksum", checksum)
        .param("errors", outcome.findings().size() - queries + outcome.leftOut())
        .param("queries", queries)
        .param("message", outcome.message())
        .update();
  }

  private static String sql(String name) {
    return SqlFile.load(RunHistory.class, "sql/" + name + ".sql");
  }
}
