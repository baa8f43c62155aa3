package org.opencsc.improvement;

import java.util.Arrays;
import java.util.Locale;

/** Who met: the improvement board, the scrutiny committee, or another body. */
public enum MeetingKind {
  IMPROVEMENT_BOARD,
  SCRUTINY_COMMITTEE,
  OTHER;

  /** The value stored and sent in forms: the name in lower case ({@code improvement_board}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The message key of its label on pages. */
  public String label() {
    return "improvement.meetingkind." + id();
  }

  /** The value of {@code id}; an unknown id is an {@link IllegalArgumentException}. */
  public static MeetingKind of(String id) {
    return Arrays.stream(values())
        .filter(v -> v.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown MeetingKind '" + id + "'"));
  }
}
