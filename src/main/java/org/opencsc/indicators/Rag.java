package org.opencsc.indicators;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Red, amber or green: where a value stands against the council's target for it. Higher is better:
 * green at or above the target, amber from the target minus the amber tolerance up to it, red
 * below. Lower is better: the mirror image (green at or below the target, amber up to the target
 * plus the tolerance). No RAG ({@link #NONE}) when neither way is better, when the indicator has no
 * target, or when there is no value.
 */
public enum Rag {
  GREEN("green"),
  AMBER("amber"),
  RED("red"),
  NONE("none");

  private final String id;

  Rag(String id) {
    this.id = id;
  }

  /** The name in the API: {@code green}, {@code amber}, {@code red} or {@code none}. */
  @JsonValue
  public String id() {
    return id;
  }

  /** The RAG of {@code value} against {@code target} for an indicator of this polarity. */
  public static Rag of(Polarity polarity, @Nullable Target target, @Nullable BigDecimal value) {
    if (target == null || value == null) {
      return NONE;
    }
    BigDecimal goal = target.target();
    BigDecimal tolerance = target.amberTolerance();
    return switch (polarity) {
      case HIGHER ->
          value.compareTo(goal) >= 0
              ? GREEN
              : value.compareTo(goal.subtract(tolerance)) >= 0 ? AMBER : RED;
      case LOWER ->
          value.compareTo(goal) <= 0
              ? GREEN
              : value.compareTo(goal.add(tolerance)) <= 0 ? AMBER : RED;
      case NEITHER -> NONE;
    };
  }
}
