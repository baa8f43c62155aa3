package org.opencsc.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.database.SqlFile;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each indicator's figures at every level as at every nightly snapshot's date and every month
 * end (the twelve months to each), so that trends outlive the snapshots. A month end is recorded
 * once, from the first served snapshot that covers it; a snapshot's own date is recorded again when
 * a later load describes the same date.
 */
@Service
public class IndicatorHistory {

  /** How many month ends back a snapshot fills in when they are missing. */
  public static final int MONTHS = 12;

  private final IndicatorService indicators;
  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;
  private final TransactionTemplate transaction;

  IndicatorHistory(
      IndicatorService indicators,
      JdbcClient jdbc,
      NamedParameterJdbcTemplate batch,
      PlatformTransactionManager transactions) {
    this.indicators = indicators;
    this.jdbc = jdbc;
    this.batch = batch;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * Records the served snapshot's figures as at its date and at each of the last {@link #MONTHS}
   * month ends it covers that are not recorded yet. Each date's figures are worked out (several
   * indicators at a time) and then written in a transaction of their own, so that only one date's
   * figures are held at a time; the snapshot's own date is written last, so {@link #recorded} says
   * yes only once every date is in.
   *
   * @return the as-at dates recorded, the snapshot's own first
   */
  public List<LocalDate> record(ServedSnapshot snapshot) {
    List<Recording> recordings = new ArrayList<>();
    missingMonthEnds(snapshot.asAt()).forEach(d -> recordings.add(new Recording("month_end", d)));
    recordings.add(new Recording("nightly", snapshot.asAt()));
    LocalDate workedOut = null;
    List<IndicatorValue> values = List.of();
    for (Recording recording : recordings) {
      if (!recording.asAt().equals(workedOut)) { // a month end that is the snapshot's date: once
        values = indicators.everyValue(Period.of(recording.asAt(), null, Attribution.EVENT));
        workedOut = recording.asAt();
      }
      List<IndicatorValue> figures = values;
      transaction.executeWithoutResult(status -> write(snapshot, recording, figures));
    }
    List<LocalDate> recorded = new ArrayList<>();
    recorded.add(snapshot.asAt());
    recordings.stream()
        .filter(r -> r.kind().equals("month_end"))
        .forEach(r -> recorded.add(r.asAt()));
    return recorded;
  }

  private record Recording(String kind, LocalDate asAt) {}

  /** When the snapshot's own date was recorded from this snapshot; empty when it has not been. */
  @Transactional(readOnly = true)
  public Optional<OffsetDateTime> recordedAt(ServedSnapshot snapshot) {
    // max() answers one row, null when nothing was recorded
    return jdbc.sql(sql("nightly_recorded_at"))
        .param("as_at", snapshot.asAt())
        .param("snapshot_id", snapshot.snapshotId())
        .query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)))
        .single();
  }

  /** Whether the snapshot's own date has been recorded from this snapshot. */
  @Transactional(readOnly = true)
  public boolean recorded(ServedSnapshot snapshot) {
    return jdbc.sql(sql("nightly_recorded"))
        .param("as_at", snapshot.asAt())
        .param("snapshot_id", snapshot.snapshotId())
        .query(Boolean.class)
        .single();
  }

  /**
   * The figures recorded from {@code snapshot} as at its own date for the {@code indicators}, at
   * {@code level} (every level when null); none for an indicator not recorded from it (yet).
   */
  @Transactional(readOnly = true)
  public List<IndicatorValue> recorded(
      ServedSnapshot snapshot, Collection<String> indicators, @Nullable Level level) {
    if (indicators.isEmpty()) {
      return List.of();
    }
    return jdbc
        .sql(sql("recorded_values"))
        .param("as_at", snapshot.asAt())
        .param("snapshot_id", snapshot.snapshotId())
        .param("attribution", Attribution.EVENT.id())
        .param("indicators", indicators)
        .param("level", level == null ? "" : level.id())
        .query(
            (rs, n) ->
                new IndicatorValue(
                    rs.getString("indicator"),
                    rs.getString("level"),
                    rs.getString("unit_id"),
                    rs.getString("unit_name"),
                    rs.getBigDecimal("numerator"),
                    rs.getBigDecimal("denominator"),
                    rs.getBigDecimal("value"),
                    rs.getString("unit_of_measure"),
                    rs.getObject("as_at", LocalDate.class),
                    rs.getObject("period_start", LocalDate.class),
                    rs.getObject("as_at", LocalDate.class)))
        .list()
        .stream()
        .sorted(IndicatorService.ORDER)
        .toList();
  }

  /**
   * Each of the {@code indicators}' council trends (month ends or nightly figures), oldest first,
   * in one query; an indicator with nothing recorded has an empty list.
   */
  @Transactional(readOnly = true)
  public Map<String, List<TrendPoint>> councilTrends(
      Collection<String> indicators, boolean monthEnds) {
    Map<String, List<TrendPoint>> trends = new LinkedHashMap<>();
    indicators.forEach(i -> trends.put(i, new ArrayList<>()));
    if (indicators.isEmpty()) {
      return trends;
    }
    jdbc.sql(sql("council_trends"))
        .param("indicators", indicators)
        .param("attribution", Attribution.EVENT.id())
        .param("kind", monthEnds ? "month_end" : "nightly")
        .query(
            rs -> {
              trends.get(rs.getString("indicator")).add(point(rs));
            });
    return trends;
  }

  /** One unit's month-end figures ({@code kind} month_end) or nightly ones, oldest first. */
  @Transactional(readOnly = true)
  public List<TrendPoint> trend(String indicator, Level level, String unitId, boolean monthEnds) {
    return jdbc.sql(sql("trend"))
        .param("indicator", indicator)
        .param("attribution", Attribution.EVENT.id())
        .param("level", level.id())
        .param("unit_id", unitId)
        .param("kind", monthEnds ? "month_end" : "nightly")
        .query((rs, n) -> point(rs))
        .list();
  }

  private static TrendPoint point(ResultSet rs) throws SQLException {
    return new TrendPoint(
        rs.getObject("as_at", LocalDate.class),
        rs.getObject("period_start", LocalDate.class),
        rs.getBigDecimal("numerator"),
        rs.getBigDecimal("denominator"),
        rs.getBigDecimal("value"));
  }

  private List<LocalDate> missingMonthEnds(LocalDate asAt) {
    YearMonth last =
        YearMonth.from(asAt).atEndOfMonth().equals(asAt)
            ? YearMonth.from(asAt)
            : YearMonth.from(asAt).minusMonths(1);
    LocalDate first = last.minusMonths(MONTHS - 1L).atEndOfMonth();
    Set<LocalDate> done =
        new HashSet<>(
            jdbc.sql(sql("recorded_as_at"))
                .param("kind", "month_end")
                .param("since", first)
                .query(LocalDate.class)
                .list());
    List<LocalDate> missing = new ArrayList<>();
    for (YearMonth m = last.minusMonths(MONTHS - 1L); !m.isAfter(last); m = m.plusMonths(1)) {
      if (!done.contains(m.atEndOfMonth())) {
        missing.add(m.atEndOfMonth());
      }
    }
    return missing;
  }

  private void write(ServedSnapshot snapshot, Recording recording, List<IndicatorValue> values) {
    jdbc.sql(sql("delete_recorded"))
        .param("kind", recording.kind())
        .param("as_at", recording.asAt())
        .param("attribution", Attribution.EVENT.id())
        .update();
    SqlParameterSource[] rows = new SqlParameterSource[values.size()];
    for (int i = 0; i < rows.length; i++) {
      IndicatorValue v = values.get(i);
      rows[i] =
          new MapSqlParameterSource()
              .addValue("indicator", v.indicator())
              .addValue("kind", recording.kind())
              .addValue("as_at", v.asAt())
              .addValue("period_start", v.periodStart())
              .addValue("attribution", Attribution.EVENT.id())
              .addValue("level", v.level())
              .addValue("unit_id", v.unitId())
              .addValue("unit_name", v.unitName())
              .addValue("numerator", v.numerator())
              .addValue("denominator", v.denominator())
              .addValue("value", v.value(), Types.NUMERIC)
              .addValue("unit_of_measure", v.unitOfMeasure())
              .addValue("snapshot_id", snapshot.snapshotId());
    }
    batch.batchUpdate(sql("insert_recorded"), rows);
  }

  private static String sql(String name) {
    return SqlFile.load(IndicatorHistory.class, "sql/" + name + ".sql");
  }
}
