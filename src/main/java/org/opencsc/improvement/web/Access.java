package org.opencsc.improvement.web;

/** Who may do what on the improvement pages, as security expressions. */
final class Access {

  /** Everyone signed in reads: inspections, plans and meetings hold no child's data. */
  static final String READ = "isAuthenticated()";

  /** Who keeps the register of inspections and the meetings. */
  static final String RECORD = "hasAnyRole('ADMINISTRATOR', 'DIRECTOR', 'PERFORMANCE_ANALYST')";

  /** Who creates actions and assigns their owners. */
  static final String PLAN = "hasAnyRole('ADMINISTRATOR', 'DIRECTOR')";

  private Access() {}
}
