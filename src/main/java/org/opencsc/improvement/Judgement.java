package org.opencsc.improvement;

import java.util.Arrays;
import java.util.Locale;

/** An ILACS judgement on Ofsted's four-point scale. */
public enum Judgement {
  OUTSTANDING,
  GOOD,
  REQUIRES_IMPROVEMENT,
  INADEQUATE;

  /** The value stored and sent in forms: the name in lower case ({@code outstanding}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The message key of its label on pages. */
  public String label() {
    return "improvement.judgement." + id();
  }

  /** The value of {@code id}; an unknown id is an {@link IllegalArgumentException}. */
  public static Judgement of(String id) {
    return Arrays.stream(values())
        .filter(v -> v.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown Judgement '" + id + "'"));
  }
}
