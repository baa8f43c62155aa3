package org.opencsc.ingest.internal;

import java.sql.Types;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opencsc.database.SqlFile;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * Reads the load history that {@link IngestRunner} writes: runs, their files, table counts and
 * findings. The queries are in {@code org/opencsc/ingest/internal/sql/history/}.
 */
@Repository
public class LoadHistoryRepository {

  /** The time zone the pages show times in: English councils work in UK time. */
  public static final ZoneId TIME_ZONE = ZoneId.of("Europe/London");

  private final JdbcClient jdbc;
  private final String runs = sql("runs");
  private final String countRuns = sql("count_runs");
  private final String files = sql("files");
  private final String tableCounts = sql("table_counts");
  private final String findingCounts = sql("finding_counts");
  private final String findings = sql("findings");
  private final String countFindings = sql("count_findings");
  private final String refreshRunning = sql("refresh_running");

  LoadHistoryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long countRuns() {
    return jdbc.sql(countRuns).query(Long.class).single();
  }

  /** A page of the history, newest first. */
  public List<LoadRun> runs(long offset, int limit) {
    return runs(null, offset, limit).query(LoadRun.class).list();
  }

  public Optional<LoadRun> run(long runId) {
    return runs(runId, 0, 1).query(LoadRun.class).optional();
  }

  public List<LoadFile> files(long runId) {
    return jdbc.sql(files).param("run_id", runId).query(LoadFile.class).list();
  }

  public List<TableCount> tableCounts(long runId) {
    return jdbc.sql(tableCounts).param("run_id", runId).query(TableCount.class).list();
  }

  public List<FindingCount> findingCounts(long runId) {
    return jdbc.sql(findingCounts).param("run_id", runId).query(FindingCount.class).list();
  }

  public long countFindings(long runId, FindingFilter filter) {
    return filtered(countFindings, runId, filter).query(Long.class).single();
  }

  /** A page of the run's findings that pass the filter, in the order they were found. */
  public List<Finding> findings(long runId, FindingFilter filter, long offset, int limit) {
    return filtered(findings, runId, filter)
        .param("offset", offset)
        .param("limit", limit)
        .query(FindingRows::finding)
        .list();
  }

  /** Every finding of the run, for the downloads. */
  public List<Finding> allFindings(long runId) {
    return allFindings(runId, FindingFilter.ALL);
  }

  /** Every finding of the run that passes the filter, for the page's filtered download. */
  public List<Finding> allFindings(long runId, FindingFilter filter) {
    return filtered(findings, runId, filter)
        .param("offset", 0)
        .param("limit", null, Types.BIGINT)
        .query(FindingRows::finding)
        .list();
  }

  /** Whether a refresh is running now, on this instance or another on the same database. */
  public boolean refreshRunning() {
    return jdbc.sql(refreshRunning).query(Boolean.class).single();
  }

  private StatementSpec runs(@Nullable Long runId, long offset, int limit) {
    return jdbc.sql(runs)
        .param("run_id", runId, Types.BIGINT)
        .param("time_zone", TIME_ZONE.getId())
        .param("offset", offset)
        .param("limit", limit);
  }

  private StatementSpec filtered(String query, long runId, FindingFilter filter) {
    Severity severity = filter.severity();
    return jdbc.sql(query)
        .param("run_id", runId)
        .param("severity", severity == null ? null : severity.label(), Types.VARCHAR)
        .param("rule", filter.rule(), Types.VARCHAR);
  }

  private static String sql(String name) {
    return SqlFile.load(LoadHistoryRepository.class, "sql/history/" + name + ".sql");
  }
}
