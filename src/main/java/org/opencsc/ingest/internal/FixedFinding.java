package org.opencsc.ingest.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A finding of the previous loaded run that the run behind the served snapshot did not find again
 * (no finding with the same rule, child, field and value): fixed since the last load. The team and
 * worker are those holding the child now.
 *
 * @param firstSeen the day (UK time) of the load that first found it
 */
public record FixedFinding(
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
    LocalDate firstSeen) {}
