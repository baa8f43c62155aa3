package org.opencsc.audits;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A new audit: which template, which child and worker (null: the worker allocated in the served
 * snapshot), which login audits it and by when.
 */
public record Assignment(
    long templateId, String childId, @Nullable String workerId, String auditor, LocalDate dueDate) {

  public Assignment {
    Objects.requireNonNull(childId, "childId");
    Objects.requireNonNull(auditor, "auditor");
    Objects.requireNonNull(dueDate, "dueDate");
  }
}
