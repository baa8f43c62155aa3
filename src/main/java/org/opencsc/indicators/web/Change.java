package org.opencsc.indicators.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opencsc.indicators.Figures;
import org.opencsc.indicators.TrendPoint;
import org.opencsc.indicators.UnitOfMeasure;

/**
 * How a figure moved since an earlier recorded one.
 *
 * @param difference now minus then, in the indicator's unit (percentage points for a percentage)
 * @param text the difference as the page writes it, with its sign
 * @param before the earlier figure as the page writes it
 * @param beforeAsAt the date the earlier figure was as at
 */
record Change(BigDecimal difference, String text, String before, LocalDate beforeAsAt) {

  /**
   * The change from the latest point of {@code recorded} before {@code asAt} to {@code now}; null
   * when there is no such point, or no value then or now.
   */
  static @Nullable Change since(
      @Nullable BigDecimal now, List<TrendPoint> recorded, LocalDate asAt, UnitOfMeasure unit) {
    TrendPoint before = null;
    for (TrendPoint point : recorded) {
      if (point.asAt().isBefore(asAt)) {
        before = point;
      }
    }
    if (now == null || before == null || before.value() == null) {
      return null;
    }
    BigDecimal difference = now.subtract(before.value());
    return new Change(
        difference,
        Figures.signed(difference, unit),
        Figures.value(before.value(), unit),
        before.asAt());
  }
}
