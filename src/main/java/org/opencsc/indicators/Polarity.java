package org.opencsc.indicators;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** Which way is better for an indicator. */
public enum Polarity {
  HIGHER("higher"),
  LOWER("lower"),
  /** Neither way is better in itself (a count of referrals, children in care). */
  NEITHER("neither");

  private final String id;

  Polarity(String id) {
    this.id = id;
  }

  @JsonValue
  public String id() {
    return id;
  }

  public static Polarity of(String id) {
    return Arrays.stream(values())
        .filter(p -> p.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown polarity '" + id + "'"));
  }
}
