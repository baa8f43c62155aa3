package org.opencsc.improvement;

import java.util.Arrays;
import java.util.Locale;

/**
 * What an inspection or visit was: Ofsted's inspection of local authority children's services
 * (ILACS), a focused visit, a monitoring visit or a joint targeted area inspection (JTAI).
 */
public enum InspectionKind {
  ILACS,
  FOCUSED_VISIT,
  MONITORING_VISIT,
  JTAI;

  /** The value stored and sent in forms: the name in lower case ({@code ilacs}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The message key of its label on pages. */
  public String label() {
    return "improvement.inspectionkind." + id();
  }

  /** The value of {@code id}; an unknown id is an {@link IllegalArgumentException}. */
  public static InspectionKind of(String id) {
    return Arrays.stream(values())
        .filter(v -> v.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown InspectionKind '" + id + "'"));
  }
}
