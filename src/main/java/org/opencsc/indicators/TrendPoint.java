package org.opencsc.indicators;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One recorded figure of a trend: the twelve months to {@code asAt}. */
public record TrendPoint(
    @JsonProperty("as_at") LocalDate asAt,
    @JsonProperty("period_start") LocalDate periodStart,
    BigDecimal numerator,
    BigDecimal denominator,
    @Nullable BigDecimal value) {

  public TrendPoint {
    Objects.requireNonNull(asAt, "asAt");
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
  }
}
