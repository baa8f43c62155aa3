package org.opencsc.ingest.web;

import org.opencsc.security.Roles;

/**
 * Who may use the load history, as {@code @PreAuthorize} expressions. Its findings name children
 * (child IDs), so it is for those who run and check the loads: administrators, performance analysts
 * and the Director. Only an administrator starts a refresh. {@code templates/layout.html} shows the
 * navigation link to the same roles.
 */
final class LoadHistoryAccess {

  static final String MAY_VIEW =
      "hasAnyRole('"
          + Roles.ADMINISTRATOR
          + "', '"
          + Roles.PERFORMANCE_ANALYST
          + "', '"
          + Roles.DIRECTOR
          + "')";

  static final String MAY_REFRESH = "hasRole('" + Roles.ADMINISTRATOR + "')";

  private LoadHistoryAccess() {}
}
