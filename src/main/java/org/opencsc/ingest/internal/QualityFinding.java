package org.opencsc.ingest.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One finding on the data quality page: where (file, row), whose (child), what (field, value),
 * which rule and why, the team and worker holding the child on the snapshot's date, and its
 * history.
 *
 * @param firstSeen the day (UK time) of the load that first found it in an unbroken line of loads
 * @param isNew whether the previous loaded run did not find it
 * @param openDays the days from {@code firstSeen} to this run's day (0 when new)
 * @param severity {@code error}, {@code query} or {@code file}
 */
public record QualityFinding(
    String fileName,
    @Nullable Long rowNumber,
    @Nullable String childId,
    @Nullable String field,
    @Nullable String value,
    String rule,
    String severity,
    String message,
    @Nullable String teamId,
    @Nullable String teamName,
    @Nullable String workerId,
    @Nullable String workerName,
    LocalDate firstSeen,
    boolean isNew,
    int openDays) {}
