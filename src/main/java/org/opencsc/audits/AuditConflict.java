package org.opencsc.audits;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The audit is not in the state the action needs (changing a submitted audit, moderating an
 * unsubmitted one): HTTP 409, through the error pages' handling of {@code ErrorResponse}. The pages
 * offer only the actions the state allows, so this answers a stale form or a hand-made request.
 */
public class AuditConflict extends ResponseStatusException {

  private static final long serialVersionUID = 1L;

  public AuditConflict(String message) {
    super(HttpStatus.CONFLICT, message);
  }
}
