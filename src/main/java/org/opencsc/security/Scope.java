package org.opencsc.security;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * Which children a login may see. A social worker sees the children allocated to them, a team
 * manager the team's and a head of service the service area's (allocated on the snapshot's date or
 * in the twelve months before it); a director, a performance analyst and an administrator see every
 * child; an improvement board member sees no child at all, only figures. A login whose worker, team
 * or service area is not set sees no child either.
 *
 * <p>Queries that return child-level rows filter with the database function {@code
 * children_in_scope} and the two parameters {@link #bind} sets: {@code :scope_kind} and {@code
 * :scope_unit}. The usual filter is:
 *
 * <pre>{@code
 * and (:scope_kind = 'all'
 *      or child_id in (select child_id
 *                        from children_in_scope(:snapshot_id, :as_at, :scope_kind, :scope_unit)))
 * }</pre>
 *
 * @param kind how far the login sees
 * @param unitId the worker, team or service area id for those kinds; null otherwise
 */
public record Scope(Kind kind, @Nullable String unitId) {

  /** How far a login sees. */
  public enum Kind {
    ALL("all"),
    SERVICE_AREA("service-area"),
    TEAM("team"),
    WORKER("worker"),
    NONE("none");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    /** The value of {@code :scope_kind}. */
    public String id() {
      return id;
    }
  }

  public static final Scope ALL = new Scope(Kind.ALL, null);
  public static final Scope NONE = new Scope(Kind.NONE, null);

  public Scope {
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.ALL || kind == Kind.NONE) != (unitId == null)) {
      throw new IllegalArgumentException(kind + " scope with unit " + unitId);
    }
  }

  public static Scope worker(String workerId) {
    return new Scope(Kind.WORKER, workerId);
  }

  public static Scope team(String teamId) {
    return new Scope(Kind.TEAM, teamId);
  }

  public static Scope serviceArea(String serviceAreaId) {
    return new Scope(Kind.SERVICE_AREA, serviceAreaId);
  }

  /** The scope of a login, from its role and the worker, team or service area it names. */
  public static Scope of(OpenCscUser user) {
    return switch (user.getRole()) {
      case Roles.DIRECTOR, Roles.PERFORMANCE_ANALYST, Roles.ADMINISTRATOR -> ALL;
      case Roles.HEAD_OF_SERVICE -> orNone(user.getServiceAreaId(), Kind.SERVICE_AREA);
      case Roles.TEAM_MANAGER -> orNone(user.getTeamId(), Kind.TEAM);
      case Roles.SOCIAL_WORKER -> orNone(user.getWorkerId(), Kind.WORKER);
      default -> NONE;
    };
  }

  private static Scope orNone(@Nullable String unitId, Kind kind) {
    return unitId == null ? NONE : new Scope(kind, unitId);
  }

  /** False for a login that may see figures only (no child-level row at all). */
  public boolean seesChildren() {
    return kind != Kind.NONE;
  }

  /** True for a login that sees every child. */
  public boolean seesAll() {
    return kind == Kind.ALL;
  }

  /** Binds {@code :scope_kind} and {@code :scope_unit} for the {@code children_in_scope} filter. */
  public StatementSpec bind(StatementSpec statement) {
    return statement
        .param("scope_kind", kind.id())
        .param("scope_unit", unitId == null ? "" : unitId);
  }
}
