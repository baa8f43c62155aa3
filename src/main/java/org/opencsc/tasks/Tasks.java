package org.opencsc.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every task open on {@code today} (the served snapshot's date) for a worker or a team, most urgent
 * first ({@link Task#BY_URGENCY}), however far ahead it falls due.
 */
public record Tasks(LocalDate today, List<Task> all) {

  public Tasks {
    Objects.requireNonNull(today, "today");
    all = all.stream().sorted(Task.BY_URGENCY).toList();
  }

  /** The tasks overdue or falling due within the horizon, most urgent first. */
  public List<Task> within(Horizon horizon) {
    LocalDate lastDay = horizon.lastDay(today);
    return all.stream().filter(t -> !t.dueDate().isAfter(lastDay)).toList();
  }

  /** How many of the child's tasks are overdue. */
  public long overdueFor(String childId) {
    return all.stream().filter(t -> childId.equals(t.childId()) && t.overdue(today)).count();
  }

  /** The child's most urgent task, if any. */
  public Optional<Task> nextFor(String childId) {
    return all.stream().filter(t -> childId.equals(t.childId())).findFirst();
  }
}
