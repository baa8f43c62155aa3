package org.opencsc.security;

import java.time.LocalDate;
import org.opencsc.database.SqlFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Whether the signed-in login may see one child, by the same rule as every child-level query
 * ({@link Scope}); a refusal is written to the {@link AccessLog} and answered with HTTP 403.
 */
@Service
public class ChildAccess {

  private final JdbcClient jdbc;
  private final CurrentUser currentUser;
  private final AccessLog accessLog;
  private final String inScope;

  ChildAccess(JdbcClient jdbc, CurrentUser currentUser, AccessLog accessLog) {
    this.jdbc = jdbc;
    this.currentUser = currentUser;
    this.accessLog = accessLog;
    this.inScope = SqlFile.load(ChildAccess.class, "sql/child_in_scope.sql");
  }

  /** True when {@code scope} may see the child in the snapshot. */
  public boolean maySee(Scope scope, long snapshotId, LocalDate asAt, String childId) {
    if (!scope.seesChildren()) {
      return false;
    }
    if (scope.seesAll()) {
      return true;
    }
    return scope
        .bind(jdbc.sql(inScope))
        .param("snapshot_id", snapshotId)
        .param("as_at", asAt)
        .param("child_id", childId)
        .query(Boolean.class)
        .single();
  }

  /**
   * Refuses (AccessDeniedException: HTTP 403, and a line in the access log) unless the signed-in
   * login may see the child; records the view when it may.
   */
  public void requireView(long snapshotId, LocalDate asAt, String childId) {
    if (!maySee(currentUser.scope(), snapshotId, asAt, childId)) {
      accessLog.refused(childId, null);
      throw new AccessDeniedException("not allowed to see this child");
    }
    accessLog.viewedChild(childId);
  }

  /**
   * Refuses (HTTP 403, and a line in the access log) a login that may see no child-level data at
   * all, such as an improvement board member; {@code list} says what was asked for.
   */
  public Scope requireChildLevel(String list) {
    Scope scope = currentUser.scope();
    if (!scope.seesChildren()) {
      accessLog.refused(null, list);
      throw new AccessDeniedException("this login sees figures only");
    }
    return scope;
  }
}
