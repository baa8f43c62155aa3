package org.opencsc.security;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One line of the access audit log. */
public record AccessEntry(
    long accessId,
    OffsetDateTime at,
    String username,
    String role,
    String action,
    @Nullable String childId,
    @Nullable String list,
    @Nullable Long rowCount,
    String path) {}
