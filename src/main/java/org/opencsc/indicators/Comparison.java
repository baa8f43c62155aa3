package org.opencsc.indicators;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One indicator's council figure beside its target and its benchmarks ({@link
 * Benchmarks#comparisons}): snake_case names in the JSON API.
 *
 * @param indicator the indicator's id
 * @param title what pages show
 * @param unitOfMeasure percent, count, rate_per_10000 or mean
 * @param polarity higher, lower or neither: which way is better
 * @param value the council's value; null when it cannot be worked out
 * @param target the council's target; null when none is set
 * @param amberTolerance how far on the wrong side of the target is still amber; null without one
 * @param rag where the value stands against the target ({@code none} without a target, a value or a
 *     direction)
 * @param england England's figure, when one is published
 * @param region the council's region's figure, when the region is configured and one is published
 * @param statisticalNeighbours the council's statistical neighbours' average, when configured and
 *     published
 */
public record Comparison(
    String indicator,
    String title,
    @JsonProperty("unit_of_measure") UnitOfMeasure unitOfMeasure,
    Polarity polarity,
    @JsonProperty("as_at") LocalDate asAt,
    @JsonProperty("period_start") LocalDate periodStart,
    @JsonProperty("period_end") LocalDate periodEnd,
    @Nullable BigDecimal value,
    @Nullable BigDecimal target,
    @JsonProperty("amber_tolerance") @Nullable BigDecimal amberTolerance,
    Rag rag,
    @Nullable Compared england,
    @Nullable Compared region,
    @JsonProperty("statistical_neighbours") @Nullable Compared statisticalNeighbours) {

  public Comparison {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(unitOfMeasure, "unitOfMeasure");
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(asAt, "asAt");
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(periodEnd, "periodEnd");
    Objects.requireNonNull(rag, "rag");
  }

  /**
   * One benchmark beside the council's value.
   *
   * @param areaName England, the region, or the statistical neighbours' name
   * @param year the benchmark's year ({@code 2024-25}, or {@code 2025} for the workforce census)
   * @param value the benchmark's figure
   * @param source where it comes from
   * @param difference the council's value minus the benchmark's; null without a council value, and
   *     for a count (a council's count and England's are not comparable: compare the rates)
   */
  public record Compared(
      @JsonProperty("area_name") String areaName,
      String year,
      BigDecimal value,
      String source,
      @Nullable BigDecimal difference) {

    public Compared {
      Objects.requireNonNull(areaName, "areaName");
      Objects.requireNonNull(year, "year");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(source, "source");
    }
  }
}
