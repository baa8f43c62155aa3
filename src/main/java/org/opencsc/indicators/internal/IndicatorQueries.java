package org.opencsc.indicators.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.opencsc.database.SqlFile;
import org.opencsc.indicators.FactRow;
import org.opencsc.indicators.Indicator;
import org.opencsc.indicators.Level;
import org.opencsc.indicators.LocalStandards;
import org.opencsc.indicators.Period;
import org.opencsc.indicators.RowPage;
import org.opencsc.indicators.Side;
import org.opencsc.security.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * Runs the definitions. Each definition's query is placed, whole, inside the one wrapper for its
 * subject ({@code child_facts.sql}, {@code child_facts_in_bulk.sql} or {@code worker_facts.sql}),
 * which gives every row its worker and team; the figures at every level ({@code
 * values_at_every_level.sql}) and the kept rows that lists read ({@code fill_fact_set.sql}) both
 * read those same rows and give each team its service area.
 */
@Repository
public class IndicatorQueries {

  private final JdbcClient jdbc;
  private final IndicatorCatalogue catalogue;
  private final LocalStandards standards;
  private final Map<String, String> statements = new ConcurrentHashMap<>();

  IndicatorQueries(JdbcClient jdbc, IndicatorCatalogue catalogue, LocalStandards standards) {
    this.jdbc = jdbc;
    this.catalogue = catalogue;
    this.standards = standards;
  }

  public List<Indicator> indicators() {
    return catalogue.definitions().stream().map(Definition::indicator).toList();
  }

  public Optional<Indicator> indicator(String id) {
    return catalogue.definition(id).map(Definition::indicator);
  }

  /**
   * The indicator whose rows, and so whose numerators and denominators, {@code indicatorId} has:
   * itself, or the one its definition shares them with ({@code -- rows:}). Indicators with the same
   * answer have the same {@link #figures} and the same kept rows.
   */
  public String rowsOf(String indicatorId) {
    return definition(indicatorId).rowsOf();
  }

  /**
   * The indicator's numerator and denominator for the council and every unit below it (those of
   * {@link #rowsOf} the indicator).
   */
  public List<UnitFigure> figures(long snapshotId, Period period, String indicatorId) {
    return statement("values_at_every_level", indicatorId, snapshotId, period)
        .query(IndicatorQueries::figure)
        .list();
  }

  /**
   * The rows behind one unit's figure that {@code scope} may see, read from the indicator's kept
   * rows for this snapshot, period and attribution (worked out and kept first when they are not).
   *
   * @param seen whose children {@code scope} sees: the snapshot's id and the date its allocations
   *     are read as at (children_in_scope)
   */
  public List<FactRow> rows(
      Seen seen, Period period, String indicatorId, Level level, String unitId, Side side) {
    return unitRows(
            rowsOf(level), factSet(seen.snapshotId(), period, indicatorId), unitId, side, seen)
        .query(IndicatorQueries::row)
        .list();
  }

  /**
   * Whose rows a list shows: the login's scope, read on the snapshot's allocations as at a date.
   */
  public record Seen(long snapshotId, LocalDate asAt, Scope scope) {}

  /**
   * One page of {@link #rows}: {@code limit} rows after the first {@code offset}, and the total.
   */
  public RowPage rows(
      Seen seen,
      Period period,
      String indicatorId,
      Level level,
      String unitId,
      Side side,
      long offset,
      int limit) {
    long factSet = factSet(seen.snapshotId(), period, indicatorId);
    List<FactRow> page =
        unitRows(rowsOf(level) + "\noffset :offset limit :limit", factSet, unitId, side, seen)
            .param("offset", offset)
            .param("limit", limit)
            .query(IndicatorQueries::row)
            .list();
    long total =
        page.size() < limit && (offset == 0 || !page.isEmpty())
            ? offset + page.size()
            : unitRows(
                    "select count(*) from (\n" + rowsOf(level) + "\n) r",
                    factSet,
                    unitId,
                    side,
                    seen)
                .query(Long.class)
                .single();
    return new RowPage(page, offset, total);
  }

  private static String rowsOf(Level level) {
    return load("rows_of_" + level.name().toLowerCase(Locale.ROOT));
  }

  /** A query on one unit's kept rows (rows_of_*.sql) with its parameters and scope bound. */
  private StatementSpec unitRows(String sql, long factSet, String unitId, Side side, Seen seen) {
    return seen.scope()
        .bind(jdbc.sql(sql))
        .param("fact_set_id", factSet)
        .param("unit_id", unitId)
        .param("side", side.id())
        .param("snapshot_id", seen.snapshotId())
        .param("as_at", seen.asAt());
  }

  /**
   * Keeps the indicator's rows for this snapshot, period and attribution, one computation at a time
   * across instances, and returns their set's id. Needs a read-write transaction.
   */
  public long factSet(long snapshotId, Period period, String indicatorId) {
    return keptRows(snapshotId, period, rowsOf(indicatorId));
  }

  private long keptRows(long snapshotId, Period period, String indicatorId) {
    Optional<Long> kept = findFactSet(snapshotId, period, indicatorId);
    if (kept.isPresent()) {
      return kept.get();
    }
    jdbc.sql(load("lock_fact_set")).query(rs -> {});
    kept = findFactSet(snapshotId, period, indicatorId);
    if (kept.isPresent()) {
      return kept.get();
    }
    jdbc.sql(load("drop_stale_fact_sets")).param("snapshot_id", snapshotId).update();
    long id =
        factSetKey(jdbc.sql(load("insert_fact_set")), snapshotId, period, indicatorId)
            .query(Long.class)
            .single();
    statement("fill_fact_set", indicatorId, snapshotId, period).param("fact_set_id", id).update();
    jdbc.sql(load("analyze_facts")).update();
    return id;
  }

  private Optional<Long> findFactSet(long snapshotId, Period period, String indicatorId) {
    return factSetKey(jdbc.sql(load("find_fact_set")), snapshotId, period, indicatorId)
        .query(Long.class)
        .optional();
  }

  private StatementSpec factSetKey(
      StatementSpec spec, long snapshotId, Period period, String indicatorId) {
    return spec.param("snapshot_id", snapshotId)
        .param("indicator", indicatorId)
        .param("period_start", period.start())
        .param("period_end", period.asAt())
        .param("attribution", period.attribution().id())
        .param("standards", standards.toString());
  }

  private StatementSpec statement(
      String wrapper, String indicatorId, long snapshotId, Period period) {
    return bound(sql(wrapper, indicatorId), snapshotId, period);
  }

  /** A composed query with the snapshot, the period and the local standards bound. */
  StatementSpec bound(String sql, long snapshotId, Period period) {
    return jdbc.sql(sql)
        .param("snapshot_id", snapshotId)
        .param("period_start", period.start())
        .param("period_end", period.asAt())
        .param("attribution", period.attribution().id())
        .param("seen_within_working_days", standards.seenWithinWorkingDays())
        .param("cp_visit_working_days", standards.cpVisitWorkingDays())
        .param("cin_visit_working_days", standards.cinVisitWorkingDays())
        .param("supervision_working_days", standards.supervisionWorkingDays())
        .param("caseload_threshold", standards.caseloadThreshold());
  }

  private String sql(String wrapper, String indicatorId) {
    String rowsOf = rowsOf(indicatorId);
    return statements.computeIfAbsent(wrapper + "/" + rowsOf, k -> compose(wrapper, rowsOf));
  }

  private Definition definition(String indicatorId) {
    return catalogue
        .definition(indicatorId)
        .orElseThrow(() -> new IllegalArgumentException("no indicator '" + indicatorId + "'"));
  }

  private String compose(String wrapper, String indicatorId) {
    Definition definition = definition(indicatorId);
    return load(wrapper).replace("/*facts*/", facts(factsOf(definition), definition));
  }

  /**
   * Which wrapper gives a definition's rows their workers: worker_facts for rows about workers; for
   * rows about children child_facts (an index probe a row) or, for hundreds of thousands of rows
   * ({@code -- volume: high}), child_facts_in_bulk (the children's timelines joined in bulk). Same
   * rows either way.
   */
  static String factsOf(Definition definition) {
    if (definition.indicator().subject() != Indicator.Subject.CHILD) {
      return "worker_facts";
    }
    return definition.inBulk() ? "child_facts_in_bulk" : "child_facts";
  }

  /** The definition's rows, each with its worker, team and service area, through {@code facts}. */
  static String facts(String facts, Definition definition) {
    return load(facts).replace("/*definition*/", definition.query());
  }

  private static String load(String name) {
    return SqlFile.load(IndicatorQueries.class, "sql/" + name + ".sql");
  }

  private static UnitFigure figure(ResultSet rs, int n) throws SQLException {
    return new UnitFigure(
        Level.of(rs.getString("level")),
        rs.getString("unit_id"),
        rs.getString("unit_name"),
        rs.getBigDecimal("numerator"),
        rs.getBigDecimal("denominator"));
  }

  private static FactRow row(ResultSet rs, int n) throws SQLException {
    return new FactRow(
        rs.getString("child_id"),
        rs.getString("record_id"),
        rs.getObject("event_date", LocalDate.class),
        date(rs, "start_date"),
        date(rs, "end_date"),
        rs.getString("detail"),
        rs.getBigDecimal("numerator"),
        rs.getBigDecimal("denominator"),
        rs.getString("worker_id"),
        rs.getString("worker_name"),
        rs.getString("team_id"),
        rs.getString("team_name"),
        rs.getString("service_area_id"),
        rs.getString("service_area_name"));
  }

  private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }
}
