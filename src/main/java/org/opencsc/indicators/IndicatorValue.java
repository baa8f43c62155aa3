package org.opencsc.indicators;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One indicator's figure for one unit: the one output contract of the {@code indicators} command
 * and the JSON API (snake_case names there).
 *
 * @param indicator the indicator's stable id
 * @param level council, service-area, team or worker
 * @param unitId the unit's id ({@code council} for the council, {@code unallocated} for children
 *     with no allocated worker)
 * @param unitName the unit's name
 * @param numerator the numerator
 * @param denominator the denominator (zero for a count; the child population for a rate)
 * @param value the value in {@code unitOfMeasure}; null when it cannot be worked out
 * @param unitOfMeasure percent, count, rate_per_10000 or mean
 * @param asAt the as-at date (the period's last day)
 * @param periodStart the period's first day
 * @param periodEnd the period's last day
 */
public record IndicatorValue(
    String indicator,
    String level,
    @JsonProperty("unit_id") String unitId,
    @JsonProperty("unit_name") String unitName,
    BigDecimal numerator,
    BigDecimal denominator,
    @Nullable BigDecimal value,
    @JsonProperty("unit_of_measure") String unitOfMeasure,
    @JsonProperty("as_at") LocalDate asAt,
    @JsonProperty("period_start") LocalDate periodStart,
    @JsonProperty("period_end") LocalDate periodEnd) {

  public IndicatorValue {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(unitName, "unitName");
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    Objects.requireNonNull(unitOfMeasure, "unitOfMeasure");
    Objects.requireNonNull(asAt, "asAt");
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(periodEnd, "periodEnd");
  }
}
