package org.opencsc.reports.internal;

import java.util.Objects;
import org.opencsc.indicators.Rag;
import org.opencsc.indicators.TrendChart;

/**
 * One indicator's council figure as the pack prints it: every figure already written in its unit's
 * precision (empty where there is none).
 *
 * @param indicator the indicator's id
 * @param title the indicator's title
 * @param value the council's value
 * @param counts numerator of denominator ({@code 412 of 640}), empty for a count
 * @param better which way is better ({@code higher}, {@code lower} or empty)
 * @param target the council's target, empty without one
 * @param rag the value against the target
 * @param england England's figure and its year ({@code 22.6% (2024-25)}), empty without one
 * @param change the change since the month end before the as-at date's month, with its sign
 * @param trend the month ends' figures, oldest first
 */
public record PackLine(
    String indicator,
    String title,
    String value,
    String counts,
    String better,
    String target,
    Rag rag,
    String england,
    String change,
    TrendChart trend) {

  public PackLine {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(rag, "rag");
    Objects.requireNonNull(trend, "trend");
  }
}
