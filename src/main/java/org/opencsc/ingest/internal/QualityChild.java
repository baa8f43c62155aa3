package org.opencsc.ingest.internal;

import org.jspecify.annotations.Nullable;

/**
 * A child in a login's scope with its findings' errors and queries, and the team and worker holding
 * the child on the snapshot's date (none when unallocated).
 */
public record QualityChild(
    String childId,
    @Nullable String teamId,
    @Nullable String teamName,
    @Nullable String workerId,
    @Nullable String workerName,
    long errors,
    long queries,
    long total) {}
