package org.opencsc.ingest.internal;

import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.opencsc.database.SqlFile;
import org.opencsc.ingest.Severity;
import org.opencsc.security.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the findings of the import that built the served snapshot for the data quality page, in a
 * login's {@link Scope} and through a {@link QualityFilter}. Every query wraps the one that picks
 * the findings ({@code sql/quality/findings_in_scope.sql}: scope, filters, the child's team and
 * worker), so the tables of the page and their downloads cannot count differently.
 */
@Repository
@Transactional(readOnly = true)
public class DataQualityRepository {

  private final JdbcClient jdbc;
  private final Map<String, String> queries = new ConcurrentHashMap<>();
  private final String source = load("source");

  DataQualityRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The served snapshot and the run that built it; empty when nothing is served. */
  public Optional<QualitySource> source() {
    return jdbc.sql(source).query(QualitySource.class).optional();
  }

  public List<QualityGroup> byTeam(long runId, QualitySource source, Scope scope, QualityFilter f) {
    return statement("by_team", runId, source, scope, f).query(QualityGroup.class).list();
  }

  public List<QualityWorker> byWorker(
      long runId, QualitySource source, Scope scope, QualityFilter f) {
    return statement("by_worker", runId, source, scope, f).query(QualityWorker.class).list();
  }

  public List<QualityRuleCount> byRule(
      long runId, QualitySource source, Scope scope, QualityFilter f) {
    return statement("by_rule", runId, source, scope, f).query(QualityRuleCount.class).list();
  }

  /** The rules of the findings the login may see, for the rule filter. */
  public List<String> rules(long runId, QualitySource source, Scope scope) {
    return statement("rules", runId, source, scope, QualityFilter.ALL).query(String.class).list();
  }

  public long count(long runId, QualitySource source, Scope scope, QualityFilter f) {
    return statement("count", runId, source, scope, f).query(Long.class).single();
  }

  /** {@code limit} findings (null: all) from {@code offset}, in the order they were found. */
  public List<QualityFinding> findings(
      long runId,
      QualitySource source,
      Scope scope,
      QualityFilter f,
      long offset,
      @Nullable Integer limit) {
    return statement("list", runId, source, scope, f)
        .param("offset", offset)
        .param("limit", limit, Types.INTEGER)
        .query(QualityFinding.class)
        .list();
  }

  /**
   * New and still open among the run's findings, and fixed since the previous loaded run, under the
   * filter (any since); fixed is 0 when there is no previous loaded run.
   */
  public QualityHistory history(long runId, QualitySource source, Scope scope, QualityFilter f) {
    QualityFilter any = f.anySince();
    Long previous = source.previousRunId();
    long fixed =
        previous == null
            ? 0
            : statement("fixed_count", previous, source, scope, any)
                .param("current_run_id", runId)
                .query(Long.class)
                .single();
    return statement("history", runId, source, scope, any)
        .query(
            (rs, n) ->
                new QualityHistory(rs.getLong("new_findings"), rs.getLong("still_open"), fixed))
        .single();
  }

  /**
   * {@code limit} (null: all) from {@code offset} of the previous loaded run's findings that run
   * {@code runId} did not find again, under the filter (any since); none when there is no previous
   * loaded run.
   */
  public List<FixedFinding> fixed(
      long runId,
      QualitySource source,
      Scope scope,
      QualityFilter f,
      long offset,
      @Nullable Integer limit) {
    Long previous = source.previousRunId();
    if (previous == null) {
      return List.of();
    }
    return statement("fixed", previous, source, scope, f.anySince())
        .param("current_run_id", runId)
        .param("offset", offset)
        .param("limit", limit, Types.INTEGER)
        .query(FixedFinding.class)
        .list();
  }

  /**
   * {@code limit} (null: all) from {@code offset} of the children in scope with their findings'
   * counts, the most first ({@code sql/quality/children_listed.sql}): the filter's team and worker
   * choose the children by who holds them, its rule, severity and since the findings counted;
   * {@code withNone} keeps the children with none of those findings.
   */
  public List<QualityChild> children(
      long runId,
      QualitySource source,
      Scope scope,
      QualityFilter f,
      boolean withNone,
      long offset,
      @Nullable Integer limit) {
    return listed("children", runId, source, scope, f, withNone)
        .param("offset", offset)
        .param("limit", limit, Types.INTEGER)
        .query(QualityChild.class)
        .list();
  }

  public long countChildren(
      long runId, QualitySource source, Scope scope, QualityFilter f, boolean withNone) {
    return listed("children_count", runId, source, scope, f, withNone).query(Long.class).single();
  }

  /**
   * Who holds the children {@link #children} lists under the filter: the team and worker filters.
   */
  public List<QualityHolder> childHolders(
      long runId, QualitySource source, Scope scope, QualityFilter f, boolean withNone) {
    return listed("children_holders", runId, source, scope, f, withNone)
        .query(QualityHolder.class)
        .list();
  }

  /** The rules of the findings about a child the login may see, for the rule filter. */
  public List<String> childRules(long runId, QualitySource source, Scope scope) {
    return statement("child_rules", runId, source, scope, QualityFilter.ALL)
        .query(String.class)
        .list();
  }

  /** A query over the children list ({@code children_listed.sql}, wrapped as {@code listed}). */
  private StatementSpec listed(
      String query,
      long runId,
      QualitySource source,
      Scope scope,
      QualityFilter filter,
      boolean withNone) {
    String sql =
        queries.computeIfAbsent(
            query,
            name ->
                "with finding as (\n"
                    + load("findings_in_scope")
                    + "\n),\nlisted as (\n"
                    + load("children_listed")
                    + "\n)\n"
                    + load(name));
    return bind(sql, runId, source, scope, filter).param("with_none", withNone);
  }

  private StatementSpec statement(
      String query, long runId, QualitySource source, Scope scope, QualityFilter filter) {
    String sql =
        queries.computeIfAbsent(
            query,
            name -> "with finding as (\n" + load("findings_in_scope") + "\n)\n" + load(name));
    return bind(sql, runId, source, scope, filter);
  }

  private StatementSpec bind(
      String sql, long runId, QualitySource source, Scope scope, QualityFilter filter) {
    Severity severity = filter.severity();
    return scope
        .bind(jdbc.sql(sql))
        .param("run_id", runId)
        .param("snapshot_id", source.snapshotId())
        .param("as_at", source.asAt())
        .param("severity", severity == null ? null : severity.label(), Types.VARCHAR)
        .param("rule", filter.rule(), Types.VARCHAR)
        .param("team", filter.team(), Types.VARCHAR)
        .param("worker", filter.worker(), Types.VARCHAR)
        .param("since", filter.since(), Types.VARCHAR)
        .param("child", filter.child(), Types.VARCHAR);
  }

  private static String load(String name) {
    return SqlFile.load(DataQualityRepository.class, "sql/quality/" + name + ".sql");
  }
}
