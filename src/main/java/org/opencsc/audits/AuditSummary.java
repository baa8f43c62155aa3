package org.opencsc.audits;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An audit as a list shows it, with {@code visible}: whether the login that asked may open it
 * (lists of audits it may not open never reach a page; the results export uses the flag to leave
 * their child ids and words out). Grades and state as the database holds them; see {@link
 * #finalGrade()}.
 */
public record AuditSummary(
    long auditId,
    String childId,
    @Nullable String workerId,
    @Nullable String teamId,
    @Nullable String serviceAreaId,
    String auditor,
    LocalDate dueDate,
    String state,
    @Nullable String overallGrade,
    @Nullable String moderatedGrade,
    @Nullable String finalGrade,
    @Nullable OffsetDateTime submittedAt,
    String templateName,
    int version,
    String strengths,
    String areasToImprove,
    String themes,
    boolean visible) {

  public AuditSummary {
    Objects.requireNonNull(childId, "childId");
    Objects.requireNonNull(state, "state");
  }

  public AuditState auditState() {
    return AuditState.of(state);
  }
}
