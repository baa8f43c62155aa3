package org.opencsc.audits;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The usual four-point grading of practice, best first, as the database holds it ({@link #id}). */
public enum Grade {
  OUTSTANDING("outstanding"),
  GOOD("good"),
  REQUIRES_IMPROVEMENT("requires-improvement"),
  INADEQUATE("inadequate");

  private final String id;

  Grade(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** Outstanding or good: the share the results report. */
  public boolean goodOrBetter() {
    return this == OUTSTANDING || this == GOOD;
  }

  /** The grade of {@code id}, or empty for null, blank or anything else. */
  public static Optional<Grade> of(@Nullable String id) {
    return Arrays.stream(values()).filter(g -> g.id.equals(id)).findFirst();
  }
}
