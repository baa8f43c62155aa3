package org.opencsc.improvement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One action of the improvement plan as it stands now (its history is {@link ActionUpdate}s).
 *
 * @param owner the login who owns it
 * @param ownerName the name pages show for the owner (the username when the login is switched off)
 * @param serviceAreaId the service area it is about, or null for the whole service
 * @param rag the owner's rating; null until first rated
 * @param meetingId the meeting that raised it, if one did
 * @param findingIds the inspection findings it answers
 * @param indicators the ids of the indicators that should move
 */
public record ImprovementAction(
    long actionId,
    String title,
    String description,
    String owner,
    String ownerName,
    @Nullable String serviceAreaId,
    LocalDate startDate,
    LocalDate dueDate,
    ActionStatus status,
    @Nullable ActionRag rag,
    String evidence,
    @Nullable Long meetingId,
    List<Long> findingIds,
    List<String> indicators,
    String createdBy,
    OffsetDateTime createdAt,
    OffsetDateTime changedAt) {

  /** An open action due within this many days of today (or red) is at risk. */
  public static final int AT_RISK_DAYS = 14;

  public ImprovementAction {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(ownerName, "ownerName");
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(evidence, "evidence");
    findingIds = List.copyOf(findingIds);
    indicators = List.copyOf(indicators);
  }

  /** Past its due date on {@code today} and neither completed nor closed. */
  public boolean overdue(LocalDate today) {
    return status.open() && dueDate.isBefore(today);
  }

  /**
   * Not overdue yet but likely to be: open, and rated red by its owner or due within {@link
   * #AT_RISK_DAYS} days of {@code today}.
   */
  public boolean atRisk(LocalDate today) {
    return status.open()
        && !overdue(today)
        && (rag == ActionRag.RED || !dueDate.isAfter(today.plusDays(AT_RISK_DAYS)));
  }
}
