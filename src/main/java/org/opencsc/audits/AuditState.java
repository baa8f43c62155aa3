package org.opencsc.audits;

import java.util.Arrays;

/** Where an audit is: assigned → in progress → submitted → moderated → closed. */
public enum AuditState {
  ASSIGNED("assigned"),
  IN_PROGRESS("in-progress"),
  SUBMITTED("submitted"),
  MODERATED("moderated"),
  CLOSED("closed");

  private final String id;

  AuditState(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** True while the auditor may still change the answers. */
  public boolean open() {
    return this == ASSIGNED || this == IN_PROGRESS;
  }

  public static AuditState of(String id) {
    return Arrays.stream(values())
        .filter(s -> s.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("audit state " + id));
  }
}
