package org.opencsc.ingest.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.IngestReport.FileReport;

/** How a run ended, with what the load history keeps of it. */
record Outcome(
    String name,
    @Nullable Long snapshotId,
    @Nullable String message,
    List<FileReport> files,
    Map<String, Long> tableRows,
    List<Finding> findings,
    long leftOut) {

  /** A run that ended before loading anything. */
  static Outcome early(
      String name, String message, List<FileReport> files, List<Finding> findings) {
    return new Outcome(name, null, message, files, Map.of(), findings, 0);
  }
}
