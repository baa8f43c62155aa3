package org.opencsc.reports.internal;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opencsc.indicators.Benchmarks;
import org.opencsc.indicators.Comparison;
import org.opencsc.indicators.Figures;
import org.opencsc.indicators.Indicator;
import org.opencsc.indicators.IndicatorValue;
import org.opencsc.indicators.Period;
import org.opencsc.indicators.Polarity;
import org.opencsc.indicators.TrendChart;
import org.opencsc.indicators.TrendPoint;
import org.opencsc.indicators.UnitOfMeasure;
import org.springframework.stereotype.Component;

/**
 * One indicator's line of a report, every figure written as the indicator pages write it: the value
 * with its numerator and denominator, which way is better, the target and RAG, England's figure,
 * the trend.
 */
@Component
class PackLines {

  static final int TREND_WIDTH = 160;
  static final int TREND_HEIGHT = 36;

  private final Benchmarks benchmarks;

  PackLines(Benchmarks benchmarks) {
    this.benchmarks = benchmarks;
  }

  /**
   * @param figure the indicator's council figure for {@code period}; null when there is none
   * @param trend the recorded figures to draw, oldest first
   * @param change how the value has moved since an earlier figure; null without one
   */
  PackLine line(
      Indicator indicator,
      @Nullable IndicatorValue figure,
      Period period,
      List<TrendPoint> trend,
      @Nullable Change change) {
    UnitOfMeasure unit = indicator.unit();
    BigDecimal value = figure == null ? null : figure.value();
    Comparison comparison = benchmarks.comparison(indicator, period, value);
    Comparison.Compared england = comparison.england();
    return new PackLine(
        indicator.id(),
        indicator.title(),
        Figures.value(value, unit),
        Counts.of(figure, unit),
        indicator.polarity() == Polarity.NEITHER ? "" : indicator.polarity().id(),
        comparison.target() == null ? "" : Figures.value(comparison.target(), unit),
        comparison.rag(),
        england == null ? "" : Figures.value(england.value(), unit) + " (" + england.year() + ")",
        change,
        TrendChart.of(trend, TREND_WIDTH, TREND_HEIGHT));
  }
}
