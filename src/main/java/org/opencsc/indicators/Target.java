package org.opencsc.indicators;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The council's target for one indicator, as an administrator last set it ({@link
 * IndicatorTargets}).
 *
 * @param indicator the indicator's id
 * @param target the target, in the indicator's unit (a percentage 0-100, a count, a rate, a mean)
 * @param amberTolerance how far on the wrong side of the target a value is still amber, not red
 * @param changedBy the login that set it
 * @param changedAt when
 */
public record Target(
    String indicator,
    BigDecimal target,
    @JsonProperty("amber_tolerance") BigDecimal amberTolerance,
    @JsonProperty("changed_by") String changedBy,
    @JsonProperty("changed_at") OffsetDateTime changedAt) {

  public Target {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(amberTolerance, "amberTolerance");
    Objects.requireNonNull(changedBy, "changedBy");
    Objects.requireNonNull(changedAt, "changedAt");
  }
}
