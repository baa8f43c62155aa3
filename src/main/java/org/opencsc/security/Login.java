package org.opencsc.security;

import java.util.Objects;

/** A login as other features name it: its username, the name pages show, its role. */
public record Login(String username, String displayName, String role) {

  public Login {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(role, "role");
  }
}
