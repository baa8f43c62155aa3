package org.opencsc.indicators.web;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.indicators.Benchmarks;
import org.opencsc.indicators.Figures;
import org.opencsc.indicators.Indicator;
import org.opencsc.indicators.IndicatorHistory;
import org.opencsc.indicators.IndicatorService;
import org.opencsc.indicators.IndicatorTargets;
import org.opencsc.indicators.IndicatorValue;
import org.opencsc.indicators.Period;
import org.opencsc.indicators.ServedFigures;
import org.opencsc.indicators.TrendChart;
import org.opencsc.indicators.TrendPoint;
import org.springframework.stereotype.Component;

/**
 * The overview's headline indicators, defined here once: the national measures a director and an
 * improvement board ask about first (front door, assessment, child protection, children looked
 * after, children in need) and the two about the workforce's load. Their figures come from the
 * recorded history (one read for all of them) and are worked out only when not recorded yet.
 */
@Component
class Headlines {

  /** The headline indicators' ids, in the order the overview shows them. */
  static final List<String> IDS =
      List.of(
          "referrals",
          "re_referrals_within_12_months",
          "assessments_within_45_working_days",
          "icpc_within_15_working_days",
          "cp_plans_at_period_end",
          "cp_plans_second_or_subsequent",
          "children_in_need_at_period_end",
          "cla_at_period_end",
          "cla_3_or_more_placements",
          "cla_long_term_placement_stability",
          "caseload_per_worker",
          "children_without_allocated_worker");

  static final int SPARK_WIDTH = 120;
  static final int SPARK_HEIGHT = 32;

  private final ServedFigures figures;
  private final IndicatorService indicators;
  private final IndicatorHistory history;
  private final Benchmarks benchmarks;
  private final IndicatorTargets targets;

  /**
   * The headlines last worked out, and what they were worked out from: the served snapshot, when
   * its history was recorded (null before it is: the figures are then worked out live), and the
   * targets' version. The overview is the page everyone opens first, and its headlines change only
   * when one of those does.
   */
  private final AtomicReference<@Nullable Kept> kept = new AtomicReference<>();

  /**
   * Held while the headlines are worked out, so that the visitors who arrive meanwhile (all of
   * them, the morning after a refresh switched the snapshot) wait for that one piece of work
   * instead of each doing it again on the same two cores.
   */
  private final Object workingOut = new Object();

  private record Key(long snapshotId, @Nullable OffsetDateTime recordedAt, long targetsVersion) {}

  private record Kept(Key key, List<Headline> headlines) {}

  Headlines(
      ServedFigures figures,
      IndicatorService indicators,
      IndicatorHistory history,
      Benchmarks benchmarks,
      IndicatorTargets targets) {
    this.figures = figures;
    this.indicators = indicators;
    this.history = history;
    this.benchmarks = benchmarks;
    this.targets = targets;
  }

  /** The headlines of the served snapshot, worked out again only when they may have changed. */
  List<Headline> of(ServedSnapshot snapshot) {
    Key key =
        new Key(
            snapshot.snapshotId(), history.recordedAt(snapshot).orElse(null), targets.version());
    List<Headline> headlines = keptFor(key);
    if (headlines != null) {
      return headlines;
    }
    synchronized (workingOut) {
      headlines = keptFor(key);
      if (headlines == null) {
        headlines = List.copyOf(workOut(snapshot));
        kept.set(new Kept(key, headlines));
      }
      return headlines;
    }
  }

  private @Nullable List<Headline> keptFor(Key key) {
    Kept last = kept.get();
    return last != null && last.key().equals(key) ? last.headlines() : null;
  }

  private List<Headline> workOut(ServedSnapshot snapshot) {
    List<String> ids = figures.known(IDS);
    Map<String, IndicatorValue> values = figures.council(snapshot, ids);
    Map<String, List<TrendPoint>> monthEnds = history.councilTrends(ids, true);
    Map<String, List<TrendPoint>> nightly = history.councilTrends(ids, false);
    Period period = ServedFigures.period(snapshot);
    List<Headline> headlines = new ArrayList<>();
    for (String id : ids) {
      Indicator indicator = indicators.indicator(id).orElseThrow();
      IndicatorValue figure = values.get(id);
      BigDecimal value = figure == null ? null : figure.value();
      List<TrendPoint> trend =
          monthEnds.get(id).stream().filter(p -> !p.asAt().isAfter(snapshot.asAt())).toList();
      headlines.add(
          new Headline(
              indicator,
              figure,
              Figures.value(value, indicator.unit()),
              benchmarks.comparison(indicator, period, value),
              TrendChart.of(trend, SPARK_WIDTH, SPARK_HEIGHT),
              Change.since(value, nightly.get(id), snapshot.asAt(), indicator.unit()),
              Change.since(value, trend, snapshot.asAt(), indicator.unit())));
    }
    return headlines;
  }
}
