package org.opencsc.improvement;

import java.util.Arrays;
import java.util.Locale;

/**
 * What an inspection finding is: a strength, an area for development, a recommendation or a
 * priority action (the most serious: the council must act on it at once).
 */
public enum FindingKind {
  STRENGTH,
  AREA_FOR_DEVELOPMENT,
  RECOMMENDATION,
  PRIORITY_ACTION;

  /** The value stored and sent in forms: the name in lower case ({@code strength}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The message key of its label on pages. */
  public String label() {
    return "improvement.findingkind." + id();
  }

  /** The value of {@code id}; an unknown id is an {@link IllegalArgumentException}. */
  public static FindingKind of(String id) {
    return Arrays.stream(values())
        .filter(v -> v.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown FindingKind '" + id + "'"));
  }
}
