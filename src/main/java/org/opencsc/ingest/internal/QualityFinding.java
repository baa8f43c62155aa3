package org.opencsc.ingest.internal;

import org.jspecify.annotations.Nullable;

/**
 * One finding on the data quality page: where (file, row), whose (child), what (field, value),
 * which rule and why, and the team and worker holding the child on the snapshot's date.
 *
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
    @Nullable String workerName) {}
