package org.opencsc.reports.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opencsc.indicators.Rag;
import org.opencsc.indicators.TrendChart;

/**
 * One indicator's council figure as the pack prints it: every figure already written in its unit's
 * precision (empty where there is none).
 *
 * @param indicator the indicator's id
 * @param title the indicator's title
 * @param value the council's value
 * @param counts its numerator and denominator; null for a count or without a value
 * @param better which way is better ({@code higher}, {@code lower} or empty)
 * @param target the council's target, empty without one
 * @param rag the value against the target
 * @param england England's figure and its year ({@code 22.6% (2024-25)}), empty without one
 * @param change how it has moved since an earlier figure; null without one
 * @param trend the month ends' figures, oldest first
 */
public record PackLine(
    String indicator,
    String title,
    String value,
    @Nullable Counts counts,
    String better,
    String target,
    Rag rag,
    String england,
    @Nullable Change change,
    TrendChart trend) {

  public PackLine {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(rag, "rag");
    Objects.requireNonNull(trend, "trend");
  }
}
