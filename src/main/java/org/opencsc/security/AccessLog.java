package org.opencsc.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opencsc.database.SqlFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The access audit log: every view or export of child-level data, and every refusal, with who, when
 * and which child or list. Each entry is written in a transaction of its own, so that it stays even
 * when the page that wrote it fails later. The request path is kept without its query string.
 */
@Service
public class AccessLog {

  private final JdbcClient jdbc;
  private final CurrentUser currentUser;
  private final String insert;
  private final String search;
  private final String count;

  AccessLog(JdbcClient jdbc, CurrentUser currentUser) {
    this.jdbc = jdbc;
    this.currentUser = currentUser;
    this.insert = SqlFile.load(AccessLog.class, "sql/insert_access.sql");
    this.search = SqlFile.load(AccessLog.class, "sql/search_access.sql");
    this.count = SqlFile.load(AccessLog.class, "sql/count_access.sql");
  }

  /** One child's record was shown. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void viewedChild(String childId) {
    write(AccessAction.VIEW, childId, null, null);
  }

  /** A list of children's rows was shown ({@code rows} of them in all, not only on this page). */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void viewedList(String list, long rows) {
    write(AccessAction.VIEW, null, list, rows);
  }

  /** A list of children's rows was downloaded. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void exported(String list, long rows) {
    write(AccessAction.EXPORT, null, list, rows);
  }

  /** The login asked for a child or a list it may not see. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void refused(@Nullable String childId, @Nullable String list) {
    write(AccessAction.REFUSED, childId, list == null && childId == null ? path() : list, null);
  }

  /** The entries that match, newest first. */
  @Transactional(readOnly = true)
  public List<AccessEntry> search(AccessQuery query, long offset, int limit) {
    return query
        .bind(jdbc.sql(search))
        .param("offset", offset)
        .param("limit", limit)
        .query(AccessEntry.class)
        .list();
  }

  @Transactional(readOnly = true)
  public long count(AccessQuery query) {
    return query.bind(jdbc.sql(count)).query(Long.class).single();
  }

  private void write(
      AccessAction action, @Nullable String childId, @Nullable String list, @Nullable Long rows) {
    OpenCscUser user = currentUser.user().orElse(null);
    jdbc.sql(insert)
        .param("username", user == null ? "(not signed in)" : user.getUsername())
        .param("role", user == null ? "" : user.getRole())
        .param("action", action.id())
        .param("child_id", childId, java.sql.Types.VARCHAR)
        .param("list", list, java.sql.Types.VARCHAR)
        .param("row_count", rows, java.sql.Types.BIGINT)
        .param("path", path())
        .update();
  }

  private static String path() {
    if (RequestContextHolder.getRequestAttributes()
        instanceof ServletRequestAttributes attributes) {
      HttpServletRequest request = attributes.getRequest();
      return request.getRequestURI();
    }
    return "(no request)";
  }
}
