package org.opencsc.ingest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a validation or import found and did.
 *
 * @param runId the load history's record of the run
 * @param outcome {@code loaded}, {@code unchanged}, {@code nothing to load}, {@code failed} or
 *     {@code validated}
 * @param snapshotId the snapshot served by an import that loaded, else null
 * @param tableRows rows loaded (or, when validating, that would load) per domain table
 * @param findings the findings kept (at most 100,000; {@code findingsLeftOut} more were counted)
 */
public record IngestReport(
    long runId,
    String outcome,
    @Nullable Long snapshotId,
    LocalDate asAt,
    String collectionYear,
    List<FileReport> files,
    Map<String, Long> tableRows,
    List<Finding> findings,
    long findingsLeftOut,
    @Nullable String message,
    Duration took) {

  public IngestReport {
    files = List.copyOf(files);
    tableRows = Map.copyOf(tableRows);
    findings = List.copyOf(findings);
  }

  /** A file of the run. */
  public record FileReport(
      String name,
      long sizeBytes,
      String sha256,
      @Nullable String source,
      long rowsRead,
      long rowsRejected) {}

  public long errors() {
    return findings.stream().filter(f -> f.severity() != Severity.QUERY).count();
  }

  public long queries() {
    return findings.stream().filter(f -> f.severity() == Severity.QUERY).count();
  }

  /** Exit code for the command line: 0 clean, 1 errors found (or the load failed). */
  public int exitCode() {
    return errors() > 0 || findingsLeftOut > 0 || "failed".equals(outcome) ? 1 : 0;
  }
}
