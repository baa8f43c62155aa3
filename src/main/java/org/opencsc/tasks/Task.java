package org.opencsc.tasks;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing due: for a child (null for a worker's supervision) held by a worker, by a date. The due
 * date runs from {@code basisDate}, which {@code basis} names: {@code last-visit}, {@code
 * placement-start}, {@code care-start}, {@code first-review}, {@code last-review}, {@code
 * plan-start}, {@code assessment-start}, {@code last-supervision} or {@code role-start}.
 */
public record Task(
    TaskKind kind,
    @Nullable String childId,
    String workerId,
    String workerName,
    LocalDate dueDate,
    String basis,
    LocalDate basisDate) {

  /** Most urgent first: the earliest due date (the most overdue), then kind, child and worker. */
  public static final Comparator<Task> BY_URGENCY =
      Comparator.comparing(Task::dueDate)
          .thenComparing(Task::kind)
          .thenComparing(Task::childId, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Task::workerId);

  public Task {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(workerId, "workerId");
    Objects.requireNonNull(workerName, "workerName");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(basisDate, "basisDate");
  }

  /** Calendar days from {@code today} to the due date: negative when overdue, 0 when due today. */
  public long daysUntilDue(LocalDate today) {
    return ChronoUnit.DAYS.between(today, dueDate);
  }

  /** Due before {@code today}: a task due today is not overdue yet. */
  public boolean overdue(LocalDate today) {
    return dueDate.isBefore(today);
  }
}
