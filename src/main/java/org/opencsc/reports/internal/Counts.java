package org.opencsc.reports.internal;

import org.jspecify.annotations.Nullable;
import org.opencsc.indicators.Figures;
import org.opencsc.indicators.IndicatorValue;
import org.opencsc.indicators.UnitOfMeasure;

/**
 * A figure's numerator and denominator as a report writes them beside its value ("412 of 640", the
 * words from the messages), each already in the pages' precision.
 */
public record Counts(String numerator, String denominator) {

  /** The counts beside a share, a rate or a mean; null for a count, or without a value. */
  static @Nullable Counts of(@Nullable IndicatorValue figure, UnitOfMeasure unit) {
    if (figure == null || figure.value() == null || unit == UnitOfMeasure.COUNT) {
      return null;
    }
    return new Counts(Figures.amount(figure.numerator()), Figures.amount(figure.denominator()));
  }
}
