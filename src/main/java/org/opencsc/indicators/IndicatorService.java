package org.opencsc.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.opencsc.council.CouncilProperties;
import org.opencsc.council.CouncilStructureService;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.indicators.internal.IndicatorQueries;
import org.opencsc.indicators.internal.IndicatorQueries.Seen;
import org.opencsc.indicators.internal.IndicatorWorkers;
import org.opencsc.indicators.internal.UnitFigure;
import org.opencsc.security.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The indicator set on the served snapshot, as at any date it covers and for any period: the
 * figures at each level and the rows behind each figure.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

  /** The unit id of the rows that count for no worker (or, for workers, no team). */
  public static final String UNALLOCATED = "unallocated";

  private final IndicatorQueries queries;
  private final CouncilStructureService council;
  private final CouncilProperties properties;
  private final IndicatorWorkers workers;

  IndicatorService(
      IndicatorQueries queries,
      CouncilStructureService council,
      CouncilProperties properties,
      IndicatorWorkers workers) {
    this.queries = queries;
    this.council = council;
    this.properties = properties;
    this.workers = workers;
  }

  /** Every indicator, in the order pages show them. */
  public List<Indicator> indicators() {
    return queries.indicators();
  }

  public Optional<Indicator> indicator(String id) {
    return queries.indicator(id);
  }

  /**
   * The snapshot figures are worked out from.
   *
   * @throws NoDataException when nothing has been loaded yet
   */
  public ServedSnapshot servedSnapshot() {
    return council
        .servedSnapshot()
        .orElseThrow(() -> new NoDataException("no data has been loaded yet: import some first"));
  }

  /**
   * The period the command line and the API mean: the twelve months to {@code asAt} (the served
   * snapshot's date when null) unless {@code from} says otherwise.
   *
   * @throws NoDataException when asAt is null and nothing has been loaded yet
   */
  public Period period(
      @Nullable LocalDate asAt, @Nullable LocalDate from, Attribution attribution) {
    return Period.of(asAt != null ? asAt : servedSnapshot().asAt(), from, attribution);
  }

  /** Every indicator's figures for every unit at one level (worked out as {@link #everyValue}). */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public List<IndicatorValue> values(Period period, Level level) {
    return everyValue(period).stream().filter(v -> v.level().equals(level.id())).toList();
  }

  /**
   * Every indicator's figures for the council and every unit below it, indicator by indicator in
   * catalogue order. Worked out several indicators at a time ({@code
   * opencsc.indicators.parallelism}) when the caller has no transaction of its own; inside one, one
   * after another on its connection, so that the figures see what it has written and not yet
   * committed.
   */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public List<IndicatorValue> everyValue(Period period) {
    ServedSnapshot snapshot = checked(period);
    List<Indicator> all = indicators();
    // Indicators that share their rows (a rate and its count) share their figures: once each.
    List<String> rowSets = all.stream().map(i -> queries.rowsOf(i.id())).distinct().toList();
    Function<String, List<UnitFigure>> figures =
        rows -> queries.figures(snapshot.snapshotId(), period, rows);
    List<List<UnitFigure>> each =
        TransactionSynchronizationManager.isActualTransactionActive()
            ? rowSets.stream().map(figures).toList()
            : workers.map(rowSets, figures);
    Map<String, List<UnitFigure>> byRows = new HashMap<>();
    for (int n = 0; n < rowSets.size(); n++) {
      byRows.put(rowSets.get(n), each.get(n));
    }
    return all.stream()
        .flatMap(i -> values(period, i, byRows.get(queries.rowsOf(i.id()))))
        .toList();
  }

  /** One indicator's figures for every unit at one level. */
  public List<IndicatorValue> values(Period period, Level level, String indicatorId) {
    return valuesAtEveryLevel(period, indicatorId).stream()
        .filter(v -> v.level().equals(level.id()))
        .toList();
  }

  /** One indicator's figures for the council and every unit below it, worked out together. */
  public List<IndicatorValue> valuesAtEveryLevel(Period period, String indicatorId) {
    return values(checked(period), period, known(indicatorId)).toList();
  }

  /**
   * Every row behind one unit's figure, whoever they are about: for the command line and the
   * engine's own checks. Pages and the API list with {@link #rows(Period, String, Level, String,
   * Side, Scope)} instead, which keeps to the login's children.
   *
   * @param unitId {@code council} at council level, a service area, team or worker id below it, or
   *     {@link #UNALLOCATED}
   */
  @Transactional // the indicator's rows are kept for the next list (indicator_fact)
  public List<FactRow> rows(
      Period period, String indicatorId, Level level, String unitId, Side side) {
    return rows(period, indicatorId, level, unitId, side, Scope.ALL);
  }

  /**
   * The rows behind one unit's figure that {@code scope} may see: a row about a child is listed
   * only when the child is in the scope on the served snapshot's date ({@code children_in_scope}),
   * a row about a worker to any scope that sees children; nothing at all to {@link Scope#NONE}. The
   * figure itself still counts every row.
   *
   * @param unitId as for {@link #rows(Period, String, Level, String, Side)}
   */
  @Transactional // the indicator's rows are kept for the next list (indicator_fact)
  public List<FactRow> rows(
      Period period, String indicatorId, Level level, String unitId, Side side, Scope scope) {
    ServedSnapshot snapshot = checked(period);
    known(indicatorId);
    return queries.rows(seen(snapshot, scope), period, indicatorId, level, unitId, side);
  }

  /**
   * One page of every row behind one unit's figure (as {@link #rows(Period, String, Level, String,
   * Side)}, for callers that see every child).
   */
  @Transactional // as rows: the indicator's rows are kept for the next page
  public RowPage rows(
      Period period,
      String indicatorId,
      Level level,
      String unitId,
      Side side,
      long offset,
      int limit) {
    return rows(period, indicatorId, level, unitId, side, Scope.ALL, offset, limit);
  }

  /**
   * One page of the rows behind one unit's figure that {@code scope} may see: {@code limit} rows
   * after the first {@code offset}, with the length of the whole list in the scope.
   *
   * @param unitId as for {@link #rows(Period, String, Level, String, Side)}
   */
  @Transactional // as rows: the indicator's rows are kept for the next page
  public RowPage rows(
      Period period,
      String indicatorId,
      Level level,
      String unitId,
      Side side,
      Scope scope,
      long offset,
      int limit) {
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException(
          "offset must be 0 or more and limit 1 or more, not " + offset + " and " + limit);
    }
    ServedSnapshot snapshot = checked(period);
    known(indicatorId);
    return queries.rows(
        seen(snapshot, scope), period, indicatorId, level, unitId, side, offset, limit);
  }

  /** A scope is read on the served snapshot's allocations as at its date, as on a child's page. */
  private static Seen seen(ServedSnapshot snapshot, Scope scope) {
    return new Seen(snapshot.snapshotId(), snapshot.asAt(), scope);
  }

  /**
   * Works out and keeps the rows behind every figure of an indicator for the period, so that the
   * first list a manager opens is as quick as the next (the running application does this for the
   * served snapshot's year after recording its history).
   */
  @Transactional
  public void keepRows(Period period, String indicatorId) {
    ServedSnapshot snapshot = checked(period);
    known(indicatorId);
    queries.factSet(snapshot.snapshotId(), period, indicatorId);
  }

  private Stream<IndicatorValue> values(
      ServedSnapshot snapshot, Period period, Indicator indicator) {
    return values(
        period, indicator, queries.figures(snapshot.snapshotId(), period, indicator.id()));
  }

  private Stream<IndicatorValue> values(
      Period period, Indicator indicator, List<UnitFigure> figures) {
    return figures.stream().map(f -> value(indicator, period, f)).sorted(ORDER);
  }

  private IndicatorValue value(Indicator indicator, Period period, UnitFigure figure) {
    boolean council = figure.level() == Level.COUNCIL;
    boolean rate = indicator.unit() == UnitOfMeasure.RATE_PER_10000;
    Integer population = council ? properties.childPopulation() : null;
    BigDecimal denominator =
        rate ? BigDecimal.valueOf(population == null ? 0 : population) : figure.denominator();
    return new IndicatorValue(
        indicator.id(),
        figure.level().id(),
        council ? "council" : Objects.requireNonNullElse(figure.unitId(), UNALLOCATED),
        council ? properties.name() : unitName(indicator, figure),
        figure.numerator(),
        denominator,
        indicator.unit().value(figure.numerator(), figure.denominator(), population),
        indicator.unit().id(),
        period.asAt(),
        period.start(),
        period.asAt());
  }

  private static String unitName(Indicator indicator, UnitFigure figure) {
    if (figure.unitId() == null) {
      return indicator.subject() == Indicator.Subject.CHILD ? "Unallocated" : "No team";
    }
    return Objects.requireNonNullElse(figure.unitName(), figure.unitId());
  }

  private Indicator known(String indicatorId) {
    return queries
        .indicator(indicatorId)
        .orElseThrow(() -> new IllegalArgumentException("no indicator '" + indicatorId + "'"));
  }

  private ServedSnapshot checked(Period period) {
    ServedSnapshot snapshot = servedSnapshot();
    if (period.asAt().isAfter(snapshot.asAt())) {
      throw new IllegalArgumentException(
          "the data describes the council up to "
              + snapshot.asAt()
              + "; figures as at "
              + period.asAt()
              + " would count what has not happened yet");
    }
    return snapshot;
  }

  /** The order of {@link #values}: council, service areas, teams, workers; unallocated last. */
  static final Comparator<IndicatorValue> ORDER =
      Comparator.comparing((IndicatorValue v) -> Level.of(v.level()))
          .thenComparing(v -> v.unitId().equals(UNALLOCATED))
          .thenComparing(IndicatorValue::unitName)
          .thenComparing(IndicatorValue::unitId);
}
