package org.opencsc.ingest.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One run of the load history ({@code ingest_run}) as its pages show it.
 *
 * @param startedAt when it started, wall-clock time in {@link LoadHistoryRepository#TIME_ZONE}
 * @param finishedAt when it ended; null while it runs
 * @param durationSeconds how long it took, to the nearest second; null while it runs
 * @param trigger {@code schedule}, {@code web} or {@code cli}
 * @param startedBy the login or operating-system user who started it; null for the schedule
 * @param mode {@code import} or {@code validate}
 * @param outcome {@code running}, {@code loaded}, {@code unchanged}, {@code nothing to load},
 *     {@code failed}, {@code interrupted} or {@code validated}
 * @param snapshotId the snapshot it loaded, if it loaded one
 * @param snapshotStatus that snapshot's status now ({@code served}, {@code retired}, …)
 * @param files how many files it found in the folder
 */
public record LoadRun(
    long runId,
    LocalDateTime startedAt,
    @Nullable LocalDateTime finishedAt,
    @Nullable Long durationSeconds,
    String trigger,
    @Nullable String startedBy,
    String directory,
    String mode,
    String outcome,
    @Nullable String message,
    int errors,
    int queries,
    @Nullable Long snapshotId,
    @Nullable LocalDate snapshotAsAt,
    @Nullable String snapshotStatus,
    long files) {

  public LoadRun {
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(outcome, "outcome");
  }
}
