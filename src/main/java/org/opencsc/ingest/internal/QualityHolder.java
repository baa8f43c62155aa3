package org.opencsc.ingest.internal;

import org.jspecify.annotations.Nullable;

/**
 * A team and worker holding children of the data quality children list on the snapshot's date: what
 * its team and worker filters offer. {@code teamKey} is the team id, or {@link
 * QualityFilter#UNALLOCATED} (then the team and worker are null).
 */
public record QualityHolder(
    String teamKey,
    @Nullable String teamId,
    @Nullable String teamName,
    @Nullable String workerId,
    @Nullable String workerName) {}
