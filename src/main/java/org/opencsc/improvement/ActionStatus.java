package org.opencsc.improvement;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where an action stands. It starts {@code NOT_STARTED}; {@code IN_PROGRESS} once work has begun;
 * {@code COMPLETED} when it is done (the evidence notes say how we know); {@code CLOSED} when it is
 * stopped without being completed (superseded by another action, or no longer needed). Only the
 * first two are open: an open action past its due date is overdue.
 */
public enum ActionStatus {
  NOT_STARTED,
  IN_PROGRESS,
  COMPLETED,
  CLOSED;

  /** The value stored and sent in forms: the name in lower case ({@code not_started}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The message key of its label on pages. */
  public String label() {
    return "improvement.actionstatus." + id();
  }

  /** Whether work on the action is still to be done. */
  public boolean open() {
    return this == NOT_STARTED || this == IN_PROGRESS;
  }

  /** The value of {@code id}; an unknown id is an {@link IllegalArgumentException}. */
  public static ActionStatus of(String id) {
    return Arrays.stream(values())
        .filter(v -> v.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown ActionStatus '" + id + "'"));
  }
}
