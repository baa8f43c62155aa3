package org.opencsc.improvement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.opencsc.indicators.Indicator;
import org.opencsc.indicators.Polarity;
import org.opencsc.indicators.TrendChart;
import org.opencsc.indicators.TrendPoint;

/**
 * What an action's indicator has done since the action started: the council's month-end figures
 * from the last one on or before the start (the baseline; the first one after it when none is
 * recorded that early) to the latest, and the change between those two, better or worse by the
 * indicator's polarity.
 *
 * @param chart the points since the baseline, drawn as the indicator pages draw a trend
 * @param baseline the figure at the start; null when nothing is recorded
 * @param latest the latest figure; null when nothing is recorded
 * @param change latest minus baseline; null when either has no value or they are the same point
 * @param verdict better, worse, same, neither (the indicator has no better direction) or none
 */
public record Impact(
    Indicator indicator,
    TrendChart chart,
    @Nullable TrendPoint baseline,
    @Nullable TrendPoint latest,
    @Nullable BigDecimal change,
    String verdict) {

  static final int WIDTH = 480;
  static final int HEIGHT = 120;

  /** Each indicator's impact, in the order given; {@code trends} are month ends, oldest first. */
  static List<Impact> of(
      List<Indicator> indicators, Map<String, List<TrendPoint>> trends, LocalDate start) {
    List<Impact> impacts = new ArrayList<>();
    for (Indicator indicator : indicators) {
      impacts.add(of(indicator, trends.getOrDefault(indicator.id(), List.of()), start));
    }
    return impacts;
  }

  static Impact of(Indicator indicator, List<TrendPoint> trend, LocalDate start) {
    int from = -1;
    for (int i = 0; i < trend.size(); i++) {
      if (!trend.get(i).asAt().isAfter(start)) {
        from = i;
      }
    }
    List<TrendPoint> since = trend.subList(Math.max(from, 0), trend.size());
    TrendPoint baseline = since.isEmpty() ? null : since.get(0);
    TrendPoint latest = since.isEmpty() ? null : since.get(since.size() - 1);
    BigDecimal change = null;
    if (baseline != null
        && latest != null
        && baseline != latest
        && baseline.value() != null
        && latest.value() != null) {
      change = latest.value().subtract(baseline.value());
    }
    return new Impact(
        indicator,
        TrendChart.of(since, WIDTH, HEIGHT),
        baseline,
        latest,
        change,
        verdict(indicator.polarity(), change));
  }

  static String verdict(Polarity polarity, @Nullable BigDecimal change) {
    if (change == null) {
      return "none";
    }
    if (change.signum() == 0) {
      return "same";
    }
    return switch (polarity) {
      case HIGHER -> change.signum() > 0 ? "better" : "worse";
      case LOWER -> change.signum() < 0 ? "better" : "worse";
      case NEITHER -> "neither";
    };
  }
}
