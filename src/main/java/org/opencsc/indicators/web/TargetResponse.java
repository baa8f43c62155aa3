package org.opencsc.indicators.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.opencsc.indicators.Indicator;
import org.opencsc.indicators.Polarity;
import org.opencsc.indicators.Target;
import org.opencsc.indicators.UnitOfMeasure;

/**
 * An indicator's target as the JSON API gives it: the target, tolerance and when it was set, null
 * when none is set (who set it is on the administrators' page, not here).
 */
record TargetResponse(
    String indicator,
    @JsonProperty("unit_of_measure") UnitOfMeasure unitOfMeasure,
    Polarity polarity,
    @Nullable BigDecimal target,
    @JsonProperty("amber_tolerance") @Nullable BigDecimal amberTolerance,
    @JsonProperty("changed_at") @Nullable OffsetDateTime changedAt) {

  static TargetResponse of(Indicator indicator, Target target) {
    return new TargetResponse(
        indicator.id(),
        indicator.unit(),
        indicator.polarity(),
        target.target(),
        target.amberTolerance(),
        target.changedAt());
  }

  static TargetResponse none(Indicator indicator) {
    return new TargetResponse(
        indicator.id(), indicator.unit(), indicator.polarity(), null, null, null);
  }
}
