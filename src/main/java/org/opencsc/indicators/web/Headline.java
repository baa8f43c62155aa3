package org.opencsc.indicators.web;

import org.jspecify.annotations.Nullable;
import org.opencsc.indicators.Comparison;
import org.opencsc.indicators.Indicator;
import org.opencsc.indicators.IndicatorValue;
import org.opencsc.indicators.TrendChart;

/**
 * One line of the overview: an indicator's council figure, where it stands against its target and
 * the benchmarks, its trend, and how it moved since last night and since the last month end.
 *
 * @param figure the council's figure; null when none could be read or worked out
 * @param sinceLastNight null when no earlier nightly figure is recorded
 * @param sinceLastMonth null when no earlier month end is recorded
 */
record Headline(
    Indicator indicator,
    @Nullable IndicatorValue figure,
    String value,
    Comparison comparison,
    TrendChart trend,
    @Nullable Change sinceLastNight,
    @Nullable Change sinceLastMonth) {

  /** The GOV.UK tag colour of the RAG. */
  public String ragClass() {
    return IndicatorFormats.ragClass(comparison.rag());
  }
}
