package org.opencsc.security;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One row of {@code app_user} as the sign-in reads it (the hash, never the password). */
public record UserAccount(
    String username,
    String passwordHash,
    String displayName,
    String role,
    @Nullable String workerId,
    @Nullable String teamId,
    @Nullable String serviceAreaId,
    boolean enabled) {

  public UserAccount {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(role, "role");
  }
}
