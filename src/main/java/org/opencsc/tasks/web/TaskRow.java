package org.opencsc.tasks.web;

import java.time.LocalDate;
import org.opencsc.tasks.Task;

/**
 * A task as a list shows it on {@code today}: overdue (by {@link #days} days), due today, or due in
 * so many days.
 */
record TaskRow(Task task, String status, long days) {

  static TaskRow of(Task task, LocalDate today) {
    long until = task.daysUntilDue(today);
    if (until < 0) {
      return new TaskRow(task, "overdue", -until);
    }
    return new TaskRow(task, until == 0 ? "today" : "due", until);
  }
}
