package org.opencsc.ingest.internal;

import org.jspecify.annotations.Nullable;

/**
 * A row of the data quality page's by-worker table: the findings about the children a worker held
 * on the snapshot's date (in one team), by severity, and how many children they name.
 */
public record QualityWorker(
    String workerId,
    @Nullable String workerName,
    @Nullable String teamId,
    @Nullable String teamName,
    long errors,
    long queries,
    long total,
    long children) {}
