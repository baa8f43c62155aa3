package org.opencsc.council;

import java.time.LocalDate;
import java.util.Objects;

/** The snapshot pages read ({@code current_snapshot}) and the date its data describes. */
public record ServedSnapshot(long snapshotId, LocalDate asAt) {

  public ServedSnapshot {
    Objects.requireNonNull(asAt, "asAt");
  }
}
