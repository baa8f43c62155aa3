package org.opencsc.ingest.internal;

import org.jspecify.annotations.Nullable;

/**
 * A file of a run ({@code ingest_file}).
 *
 * @param source what it was recognised as, e.g. "SSDA903 Episodes"; null when not recognised
 */
public record LoadFile(
    String fileName,
    @Nullable String source,
    long sizeBytes,
    String sha256,
    long rowsRead,
    long rowsRejected) {}
