package org.opencsc.security;

import java.util.Set;

/**
 * The roles a login can have (one each). Spring Security sees them as authorities {@code
 * ROLE_<name>}, so {@code hasRole(Roles.DIRECTOR)} works in security expressions.
 */
public final class Roles {

  public static final String SOCIAL_WORKER = "SOCIAL_WORKER";
  public static final String TEAM_MANAGER = "TEAM_MANAGER";
  public static final String HEAD_OF_SERVICE = "HEAD_OF_SERVICE";
  public static final String DIRECTOR = "DIRECTOR";
  public static final String PERFORMANCE_ANALYST = "PERFORMANCE_ANALYST";
  public static final String BOARD_MEMBER = "BOARD_MEMBER";
  public static final String ADMINISTRATOR = "ADMINISTRATOR";

  /** Every role; the database's check constraint on {@code app_user.role} lists the same. */
  public static final Set<String> ALL =
      Set.of(
          SOCIAL_WORKER,
          TEAM_MANAGER,
          HEAD_OF_SERVICE,
          DIRECTOR,
          PERFORMANCE_ANALYST,
          BOARD_MEMBER,
          ADMINISTRATOR);

  private Roles() {}
}
