package org.opencsc.security;

import java.sql.Types;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * What an administrator searches the access log for; every part is optional.
 *
 * @param username the login (exact, lower case)
 * @param childId the child (exact, trimmed and upper-cased)
 * @param action view, export or refused
 * @param from first day (inclusive, UTC)
 * @param to last day (inclusive, UTC)
 */
public record AccessQuery(
    @Nullable String username,
    @Nullable String childId,
    @Nullable String action,
    @Nullable LocalDate from,
    @Nullable LocalDate to) {

  public static final AccessQuery EVERYTHING = new AccessQuery(null, null, null, null, null);

  public AccessQuery {
    username = blankToNull(username, false);
    childId = blankToNull(childId, true);
    action = blankToNull(action, false);
  }

  StatementSpec bind(StatementSpec statement) {
    return statement
        .param("username", username, Types.VARCHAR)
        .param("child_id", childId, Types.VARCHAR)
        .param("action", action, Types.VARCHAR)
        .param("from", from, Types.DATE)
        .param("to", to, Types.DATE);
  }

  private static @Nullable String blankToNull(@Nullable String value, boolean upper) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.strip();
    return upper
        ? trimmed.toUpperCase(java.util.Locale.ROOT)
        : trimmed.toLowerCase(java.util.Locale.ROOT);
  }
}
