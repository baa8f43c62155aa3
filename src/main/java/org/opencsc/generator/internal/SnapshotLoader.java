package org.opencsc.generator.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.opencsc.database.SnapshotPartitions;
import org.opencsc.database.SqlFile;
import org.opencsc.generator.LoadFailedException;
import org.opencsc.generator.model.ChildHistory;
import org.opencsc.generator.model.SyntheticCouncil;
import org.postgresql.PGConnection;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads a generated council into a new snapshot and serves it.
 *
 * <ol>
 *   <li>Insert a {@code building} snapshot (committed, so the attempt is visible).
 *   <li>In one transaction ({@link SnapshotPartitions}): create the snapshot's load tables; COPY
 *       the organisation, then the children in batches of {@value #BATCH_CHILDREN}, one COPY per
 *       table and batch, sent by a {@link CopyPipeline} while the next batch is generated, so
 *       memory holds a few batches, not the council; check and attach the tables as the snapshot's
 *       partitions; under an advisory lock, serve the new snapshot, retire the one served before
 *       and point {@code current_snapshot} at the new one ({@code serve_snapshot.sql}).
 * </ol>
 *
 * Any failure rolls all the rows back, marks the snapshot {@code failed} and leaves the served one
 * untouched; a broken database constraint is reported as a bug in the generated data.
 */
public final class SnapshotLoader {

  static final int BATCH_CHILDREN = 2_000;

  /** What was loaded. */
  public record Result(
      long snapshotId, int children, Map<String, Long> rowsByTable, Duration took) {
    public Result {
      rowsByTable = Map.copyOf(rowsByTable);
    }
  }

  private final DataSource dataSource;
  private final JdbcClient jdbc;

  public SnapshotLoader(DataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbc = JdbcClient.create(dataSource);
  }

  public Result load(SyntheticCouncil council, String source) {
    long started = System.nanoTime();
    long snapshotId =
        jdbc.sql(sql("insert_snapshot.sql"))
            .param("as_at", council.organisation().asAt())
            .param("source", source)
            .query(Long.class)
            .single();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        Map<String, Long> rows = copyAll(connection, council, snapshotId);
        SnapshotPartitions.attachLoadTables(connection, snapshotId);
        SnapshotPartitions.serve(connection, snapshotId);
        connection.commit();
        return new Result(
            snapshotId,
            rows.getOrDefault("child", 0L).intValue(),
            rows,
            Duration.ofNanos(System.nanoTime() - started));
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException | RuntimeException e) {
      jdbc.sql(sql("fail_snapshot.sql")).param("snapshot_id", snapshotId).update();
      throw new LoadFailedException(
          "loading snapshot "
              + snapshotId
              + " failed, so it was marked failed and the served"
              + " snapshot is unchanged: "
              + describe(e),
          e);
    }
  }

  private static Map<String, Long> copyAll(
      Connection connection, SyntheticCouncil council, long snapshotId) throws SQLException {
    Map<String, String> loadTables = SnapshotPartitions.createLoadTables(connection, snapshotId);
    Map<String, Long> totals = new LinkedHashMap<>();
    CopyBuffers[] batch = {new CopyBuffers(snapshotId, loadTables)};
    CouncilRows.organisation(council.organisation(), batch[0]);
    int[] pending = {0};
    try (CopyPipeline pipeline =
        new CopyPipeline(connection.unwrap(PGConnection.class).getCopyAPI())) {
      council.children(
          (ChildHistory child) -> {
            CouncilRows.child(child, batch[0]);
            if (++pending[0] == BATCH_CHILDREN) {
              send(pipeline, batch[0], totals);
              batch[0] = new CopyBuffers(snapshotId, loadTables);
              pending[0] = 0;
            }
          });
      send(pipeline, batch[0], totals);
      pipeline.finish();
    }
    return totals;
  }

  private static void send(CopyPipeline pipeline, CopyBuffers batch, Map<String, Long> totals) {
    batch.totals().forEach((table, n) -> totals.merge(table, n, Long::sum));
    try {
      pipeline.send(batch);
    } catch (SQLException e) {
      throw new CopyFailed(e);
    }
  }

  /** One line: the broken constraint and PostgreSQL's detail, or the error's own message. */
  static String describe(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof PSQLException p && p.getServerErrorMessage() != null) {
        ServerErrorMessage m = p.getServerErrorMessage();
        String detail = m.getDetail() == null ? "" : " (" + m.getDetail() + ")";
        String where = m.getWhere() == null ? "" : " at " + m.getWhere();
        if (m.getConstraint() != null) {
          return "the generated data breaks constraint "
              + m.getConstraint()
              + " of table "
              + m.getTable()
              + ", a bug in the generator: "
              + m.getMessage()
              + detail
              + where;
        }
        return m.getMessage() + detail + where;
      }
    }
    return String.valueOf(failure.getMessage());
  }

  private static String sql(String name) {
    return SqlFile.load(SnapshotLoader.class, "sql/" + name);
  }

  /** A COPY that failed inside the children callback, carried out of it. */
  private static final class CopyFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CopyFailed(SQLException cause) {
      super(cause.getMessage(), cause);
    }
  }
}
