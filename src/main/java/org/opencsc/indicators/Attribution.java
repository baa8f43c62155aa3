package org.opencsc.indicators;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * Which worker (and so which team and service area) a child's row counts for. Either way the rule
 * is: the worker whose allocation covers the reference date; failing that, the next worker to be
 * allocated the child (up to the as-at date); failing that, the last before it; and "unallocated"
 * when the child never had one. A worker's own row (caseload, supervision) counts for the team the
 * worker was in, by the same rule.
 */
public enum Attribution {
  /** The reference date is the event's: who held the case when the assessment was authorised. */
  EVENT("event"),
  /** The reference date is the as-at date: who holds the case now. */
  CURRENT("current");

  private final String id;

  Attribution(String id) {
    this.id = id;
  }

  @JsonValue
  public String id() {
    return id;
  }

  public static Attribution of(String id) {
    return Arrays.stream(values())
        .filter(a -> a.id.equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "attribution must be event or current, not '" + id + "'"));
  }
}
