package org.opencsc.reports.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.opencsc.improvement.ActionStatus;

/**
 * The improvement plan as a board pack shows it: how many actions stand at each status, and the
 * open actions that are overdue or at risk, judged on {@code today} (the plan is live: it is not
 * part of the snapshot).
 *
 * @param today the day overdue and at risk are judged on
 * @param byStatus the number of actions at each status, in the statuses' order
 * @param attention the open actions overdue or at risk, by due date
 */
public record PlanStatus(LocalDate today, List<StatusCount> byStatus, List<LateAction> attention) {

  public PlanStatus {
    Objects.requireNonNull(today, "today");
    byStatus = List.copyOf(byStatus);
    attention = List.copyOf(attention);
  }

  /** The actions in the plan. */
  public long total() {
    return byStatus.stream().mapToLong(StatusCount::actions).sum();
  }

  /** How many of the attention list are overdue (the rest are at risk). */
  public long overdue() {
    return attention.stream().filter(LateAction::overdue).count();
  }

  /** One status and how many actions stand at it. */
  public record StatusCount(ActionStatus status, long actions) {}

  /**
   * An open action that needs the board's attention.
   *
   * @param title the action's title
   * @param owner the owner's name
   * @param dueDate when it is due
   * @param status where it stands
   * @param rag the owner's RAG, empty when none is set
   * @param overdue whether it is past its due date (else it is at risk)
   * @param days days past the due date when overdue, else days to go
   */
  public record LateAction(
      String title,
      String owner,
      LocalDate dueDate,
      ActionStatus status,
      String rag,
      boolean overdue,
      long days) {}
}
