package org.opencsc.council.web;

import java.util.List;
import java.util.function.Function;
import org.opencsc.council.ChildRow;
import org.opencsc.security.AccessLog;
import org.opencsc.security.ChildAccess;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Scope;
import org.springframework.stereotype.Component;

/**
 * The lists of children on the council pages: read in the login's scope (the query filters them),
 * refused with HTTP 403 to a login that sees figures only, and written to the access log.
 */
@Component
class ChildLists {

  private final CurrentUser currentUser;
  private final ChildAccess childAccess;
  private final AccessLog accessLog;

  ChildLists(CurrentUser currentUser, ChildAccess childAccess, AccessLog accessLog) {
    this.currentUser = currentUser;
    this.childAccess = childAccess;
    this.accessLog = accessLog;
  }

  /** The list {@code read} gives in the login's scope; 403 when the login sees no child. */
  List<ChildRow> required(String list, Function<Scope, List<ChildRow>> read) {
    Scope scope = childAccess.requireChildLevel(list);
    return logged(list, read.apply(scope));
  }

  /** The list {@code read} gives in the login's scope, for a download; 403 as {@link #required}. */
  List<ChildRow> exported(String list, Function<Scope, List<ChildRow>> read) {
    Scope scope = childAccess.requireChildLevel(list);
    List<ChildRow> rows = read.apply(scope);
    accessLog.exported(list, rows.size());
    return rows;
  }

  /** The list in the login's scope, or empty (and nothing logged) when it sees no child. */
  List<ChildRow> ifAllowed(String list, Function<Scope, List<ChildRow>> read) {
    Scope scope = currentUser.scope();
    return scope.seesChildren() ? logged(list, read.apply(scope)) : List.of();
  }

  boolean seesChildren() {
    return currentUser.scope().seesChildren();
  }

  private List<ChildRow> logged(String list, List<ChildRow> rows) {
    accessLog.viewedList(list, rows.size());
    return rows;
  }
}
