package org.opencsc.testsupport;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.opencsc.security.OpenCscUser;
import org.opencsc.security.Roles;
import org.opencsc.security.UserAccount;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Signed-in users for MockMvc requests ({@code .with(user(TestUsers.director()))}). */
public final class TestUsers {

  private TestUsers() {}

  public static OpenCscUser director() {
    return withRole(Roles.DIRECTOR);
  }

  /** Social worker {@code test-social-worker} who is worker {@code workerId}. */
  public static OpenCscUser socialWorker(String workerId) {
    return scoped(Roles.SOCIAL_WORKER, workerId, null, null);
  }

  /** Team manager {@code test-team-manager} of team {@code teamId}. */
  public static OpenCscUser teamManager(String teamId) {
    return scoped(Roles.TEAM_MANAGER, null, teamId, null);
  }

  /** Head of service {@code test-head-of-service} of service area {@code serviceAreaId}. */
  public static OpenCscUser headOfService(String serviceAreaId) {
    return scoped(Roles.HEAD_OF_SERVICE, null, null, serviceAreaId);
  }

  public static OpenCscUser boardMember() {
    return withRole(Roles.BOARD_MEMBER);
  }

  /**
   * A user of the role (one of {@link Roles}), tied to no team: login {@code test-team-manager},
   * name "Test Team Manager".
   */
  public static OpenCscUser withRole(String role) {
    return scoped(role, null, null, null);
  }

  /** A user of the role tied to a worker, team or service area (null for none). */
  public static OpenCscUser scoped(
      String role,
      @Nullable String workerId,
      @Nullable String teamId,
      @Nullable String serviceAreaId) {
    return scoped(role, workerId, teamId, serviceAreaId, null);
  }

  /** As {@link #scoped(String, String, String, String)}, with a login name of its own. */
  public static OpenCscUser scoped(
      String role,
      @Nullable String workerId,
      @Nullable String teamId,
      @Nullable String serviceAreaId,
      @Nullable String username) {
    String[] words = role.toLowerCase(Locale.ROOT).split("_");
    StringBuilder displayName = new StringBuilder("Test");
    for (String word : words) {
      displayName
          .append(' ')
          .append(Character.toUpperCase(word.charAt(0)))
          .append(word, 1, word.length());
    }
    UserAccount account =
        new UserAccount(
            username != null ? username : "test-" + String.join("-", words),
            "{noop}unused",
            displayName.toString(),
            role,
            workerId,
            teamId,
            serviceAreaId,
            true);
    return new OpenCscUser(account, List.of(new SimpleGrantedAuthority("ROLE_" + role)), false);
  }
}
