package org.opencsc.security;

import java.util.Collection;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in OpenCSC user: Spring Security's {@link User} plus the name shown on pages and the
 * worker, team and service area the login is tied to (null when it is not).
 */
public class OpenCscUser extends User {

  private static final long serialVersionUID = 1L;

  private final String displayName;
  private final String role;
  private final @Nullable String workerId;
  private final @Nullable String teamId;
  private final @Nullable String serviceAreaId;

  public OpenCscUser(
      UserAccount account, Collection<? extends GrantedAuthority> authorities, boolean locked) {
    super(
        account.username(),
        account.passwordHash(),
        account.enabled(),
        true,
        true,
        !locked,
        authorities);
    this.displayName = Objects.requireNonNull(account.displayName());
    this.role = account.role();
    this.workerId = account.workerId();
    this.teamId = account.teamId();
    this.serviceAreaId = account.serviceAreaId();
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getRole() {
    return role;
  }

  public @Nullable String getWorkerId() {
    return workerId;
  }

  public @Nullable String getTeamId() {
    return teamId;
  }

  public @Nullable String getServiceAreaId() {
    return serviceAreaId;
  }
}
