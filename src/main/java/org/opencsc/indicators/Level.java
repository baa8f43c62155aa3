package org.opencsc.indicators;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** Where in the council a figure is for. */
public enum Level {
  COUNCIL("council"),
  SERVICE_AREA("service-area"),
  TEAM("team"),
  WORKER("worker");

  private final String id;

  Level(String id) {
    this.id = id;
  }

  /** The name on the command line and in the API: {@code council}, {@code service-area}. */
  @JsonValue
  public String id() {
    return id;
  }

  public static Level of(String id) {
    return Arrays.stream(values())
        .filter(l -> l.id.equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "level must be council, service-area, team or worker, not '" + id + "'"));
  }
}
