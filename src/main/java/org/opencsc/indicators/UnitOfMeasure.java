package org.opencsc.indicators;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** What an indicator's value is, and how it is worked out from its numerator and denominator. */
public enum UnitOfMeasure {
  /** 100 × numerator / denominator. */
  PERCENT("percent"),
  /** The numerator alone: how many. */
  COUNT("count"),
  /** 10,000 × numerator / the council's child population (council level only). */
  RATE_PER_10000("rate_per_10000"),
  /** Numerator / denominator, e.g. children per full-time-equivalent worker. */
  MEAN("mean");

  private final String id;

  UnitOfMeasure(String id) {
    this.id = id;
  }

  /** The name in definitions, the CLI and the API: {@code percent}, {@code rate_per_10000}. */
  @JsonValue
  public String id() {
    return id;
  }

  public static UnitOfMeasure of(String id) {
    return Arrays.stream(values())
        .filter(u -> u.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown unit of measure '" + id + "'"));
  }

  /**
   * The value, to four decimal places; null when it cannot be worked out (a denominator of zero, or
   * a rate without a population).
   */
  public @Nullable BigDecimal value(
      BigDecimal numerator, BigDecimal denominator, @Nullable Integer population) {
    return switch (this) {
      case COUNT -> numerator;
      case PERCENT -> ratio(numerator.multiply(BigDecimal.valueOf(100)), denominator);
      case MEAN -> ratio(numerator, denominator);
      case RATE_PER_10000 ->
          population == null || population <= 0
              ? null
              : ratio(
                  numerator.multiply(BigDecimal.valueOf(10_000)), BigDecimal.valueOf(population));
    };
  }

  private static @Nullable BigDecimal ratio(BigDecimal top, BigDecimal bottom) {
    return bottom.signum() == 0 ? null : top.divide(bottom, 4, RoundingMode.HALF_UP);
  }
}
