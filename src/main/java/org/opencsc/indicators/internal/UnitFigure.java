package org.opencsc.indicators.internal;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opencsc.indicators.Level;

/** One unit's numerator and denominator; a null unit id is the rows counting for no worker. */
public record UnitFigure(
    Level level,
    @Nullable String unitId,
    @Nullable String unitName,
    BigDecimal numerator,
    BigDecimal denominator) {

  public UnitFigure {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
  }
}
