package org.opencsc.improvement;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An action as entered, to create one or to update it: every field the plan keeps. Findings and
 * indicators are kept once each, in order of id.
 */
public record ActionDraft(
    String title,
    String description,
    String owner,
    @Nullable String serviceAreaId,
    LocalDate startDate,
    LocalDate dueDate,
    ActionStatus status,
    @Nullable ActionRag rag,
    String evidence,
    @Nullable Long meetingId,
    List<Long> findingIds,
    List<String> indicators) {

  public ActionDraft {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(evidence, "evidence");
    if (dueDate.isBefore(startDate)) {
      throw new IllegalArgumentException("an action is due on or after its start");
    }
    findingIds = findingIds.stream().distinct().sorted().toList();
    indicators = indicators.stream().distinct().sorted().toList();
  }

  /** The draft of an action as it stands, to change a field or two of. */
  public static ActionDraft of(ImprovementAction a) {
    return new ActionDraft(
        a.title(),
        a.description(),
        a.owner(),
        a.serviceAreaId(),
        a.startDate(),
        a.dueDate(),
        a.status(),
        a.rag(),
        a.evidence(),
        a.meetingId(),
        a.findingIds(),
        a.indicators());
  }
}
