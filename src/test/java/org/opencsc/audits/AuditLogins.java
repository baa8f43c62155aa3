package org.opencsc.audits;

import org.opencsc.security.OpenCscUser;
import org.opencsc.security.Roles;
import org.opencsc.testsupport.TestUsers;

/** The signed-in users of {@code audit-logins.sql}, for MockMvc. */
final class AuditLogins {

  private AuditLogins() {}

  static OpenCscUser manager() {
    return TestUsers.scoped(Roles.TEAM_MANAGER, null, "T1", null, "audit-manager");
  }

  static OpenCscUser worker() {
    return TestUsers.scoped(Roles.SOCIAL_WORKER, "W5", null, null, "audit-worker");
  }

  static OpenCscUser headOfSa2() {
    return TestUsers.scoped(Roles.HEAD_OF_SERVICE, null, null, "SA2", "audit-head-sa2");
  }

  static OpenCscUser headOfSa1() {
    return TestUsers.scoped(Roles.HEAD_OF_SERVICE, null, null, "SA1", "audit-head-sa1");
  }

  static OpenCscUser board() {
    return TestUsers.scoped(Roles.BOARD_MEMBER, null, null, null, "audit-board");
  }

  static OpenCscUser admin() {
    return TestUsers.scoped(Roles.ADMINISTRATOR, null, null, null, "audit-admin");
  }

  static OpenCscUser director() {
    return TestUsers.scoped(Roles.DIRECTOR, null, null, null, "audit-director");
  }
}
