package org.opencsc.indicators;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a target's history: who set which target and tolerance, when, from what, and why.
 *
 * @param oldTarget the target before; null when the indicator had none
 * @param oldAmberTolerance the amber tolerance before; null when the indicator had no target
 */
public record TargetChange(
    String indicator,
    @JsonProperty("changed_at") OffsetDateTime changedAt,
    @JsonProperty("changed_by") String changedBy,
    @JsonProperty("old_target") @Nullable BigDecimal oldTarget,
    @JsonProperty("old_amber_tolerance") @Nullable BigDecimal oldAmberTolerance,
    @JsonProperty("new_target") BigDecimal newTarget,
    @JsonProperty("new_amber_tolerance") BigDecimal newAmberTolerance,
    String reason) {

  public TargetChange {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(changedAt, "changedAt");
    Objects.requireNonNull(changedBy, "changedBy");
    Objects.requireNonNull(newTarget, "newTarget");
    Objects.requireNonNull(newAmberTolerance, "newAmberTolerance");
    Objects.requireNonNull(reason, "reason");
  }
}
