package org.opencsc.security;

import java.util.Objects;

/** An enabled login as another feature may list it: username, name shown and role. */
public record StaffLogin(String username, String displayName, String role) {

  public StaffLogin {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(role, "role");
  }
}
