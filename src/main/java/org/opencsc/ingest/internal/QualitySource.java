package org.opencsc.ingest.internal;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the data quality page reads: the served snapshot, its date, and the import that built it.
 *
 * @param runId the load run whose findings describe the snapshot; null when no import built it (a
 *     generated council)
 * @param previousRunId the loaded run before it, whose findings the history compares with; null
 *     when there is none
 */
public record QualitySource(
    long snapshotId, LocalDate asAt, @Nullable Long runId, @Nullable Long previousRunId) {

  public QualitySource {
    Objects.requireNonNull(asAt, "asAt");
  }
}
