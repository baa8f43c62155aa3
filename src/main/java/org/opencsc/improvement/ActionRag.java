package org.opencsc.improvement;

import java.util.Arrays;
import java.util.Locale;

/**
 * The owner's own rating of an action: red (will not be done on time), amber (at risk), green (on
 * track).
 */
public enum ActionRag {
  RED,
  AMBER,
  GREEN;

  /** The value stored and sent in forms: the name in lower case ({@code red}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The message key of its label on pages. */
  public String label() {
    return "improvement.actionrag." + id();
  }

  /** The value of {@code id}; an unknown id is an {@link IllegalArgumentException}. */
  public static ActionRag of(String id) {
    return Arrays.stream(values())
        .filter(v -> v.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown ActionRag '" + id + "'"));
  }
}
