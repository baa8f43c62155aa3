package org.opencsc.audits.web;

/** Who may open the case audit pages, as {@code @PreAuthorize} expressions. */
final class AuditAccess {

  /** Lists and audits name children: every role but the improvement board. */
  static final String MAY_SEE_AUDITS =
      "hasAnyRole('SOCIAL_WORKER', 'TEAM_MANAGER', 'HEAD_OF_SERVICE', 'DIRECTOR',"
          + " 'PERFORMANCE_ANALYST', 'ADMINISTRATOR')";

  /** Assigning an audit (AuditService.mayAssign says the same). */
  static final String MAY_ASSIGN = "hasAnyRole('ADMINISTRATOR', 'DIRECTOR', 'HEAD_OF_SERVICE')";

  /** Templates and the list of learning themes. */
  static final String MAY_ADMINISTER = "hasRole('ADMINISTRATOR')";

  /** Results are figures only: every signed-in role, the board included. */
  static final String MAY_SEE_RESULTS = "isAuthenticated()";

  private AuditAccess() {}
}
