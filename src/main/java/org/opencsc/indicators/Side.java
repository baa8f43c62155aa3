package org.opencsc.indicators;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** Which rows behind a figure to list. */
public enum Side {
  NUMERATOR("numerator"),
  DENOMINATOR("denominator"),
  ALL("all");

  private final String id;

  Side(String id) {
    this.id = id;
  }

  @JsonValue
  public String id() {
    return id;
  }

  public static Side of(String id) {
    return Arrays.stream(values())
        .filter(s -> s.id.equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "side must be numerator, denominator or all, not '" + id + "'"));
  }
}
