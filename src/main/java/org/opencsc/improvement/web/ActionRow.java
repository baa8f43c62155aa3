package org.opencsc.improvement.web;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.opencsc.improvement.ImprovementAction;

/**
 * An action as the pages show it on a given day: whether it is overdue or at risk then, and its
 * service area's name from the served snapshot (its id when the snapshot has no such area).
 */
public record ActionRow(
    ImprovementAction action, boolean overdue, boolean atRisk, @Nullable String serviceArea) {

  static ActionRow of(ImprovementAction action, LocalDate today, Map<String, String> areas) {
    String area = action.serviceAreaId();
    return new ActionRow(
        action,
        action.overdue(today),
        action.atRisk(today),
        area == null ? null : areas.getOrDefault(area, area));
  }

  /** The GOV.UK tag colour of the status. */
  public String statusClass() {
    return switch (action.status()) {
      case NOT_STARTED -> "govuk-tag--grey";
      case IN_PROGRESS -> "govuk-tag--blue";
      case COMPLETED -> "govuk-tag--green";
      case CLOSED -> "govuk-tag--purple";
    };
  }

  /** The GOV.UK tag colour of the owner's RAG (orange for amber, as the overview's RAG). */
  public String ragClass() {
    if (action.rag() == null) {
      return "govuk-tag--grey";
    }
    return switch (action.rag()) {
      case RED -> "govuk-tag--red";
      case AMBER -> "govuk-tag--orange";
      case GREEN -> "govuk-tag--green";
    };
  }
}
