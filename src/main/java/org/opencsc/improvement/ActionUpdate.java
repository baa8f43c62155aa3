package org.opencsc.improvement;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One entry of an action's history: its creation (every field from nothing) or an update — who,
 * when, what changed and the note written with it. Kept forever (the table is append-only).
 */
public record ActionUpdate(
    long updateId,
    long actionId,
    OffsetDateTime updatedAt,
    String updatedBy,
    List<FieldChange> changes,
    String note) {

  public ActionUpdate {
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(updatedBy, "updatedBy");
    Objects.requireNonNull(note, "note");
    changes = List.copyOf(changes);
  }
}
