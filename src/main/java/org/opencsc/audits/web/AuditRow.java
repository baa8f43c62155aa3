package org.opencsc.audits.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.opencsc.audits.AuditSummary;

/** A line of an audit list: the audit with names for its worker and auditor. */
record AuditRow(
    long auditId,
    String childId,
    String workerName,
    String teamName,
    String auditorName,
    LocalDate dueDate,
    String state,
    @Nullable String finalGrade,
    String templateName,
    int version) {

  static AuditRow of(AuditSummary audit, Names.Lookup names) {
    return new AuditRow(
        audit.auditId(),
        audit.childId(),
        names.worker(audit.workerId()),
        names.team(audit.teamId()),
        names.login(audit.auditor()),
        audit.dueDate(),
        audit.state(),
        audit.finalGrade(),
        audit.templateName(),
        audit.version());
  }
}
