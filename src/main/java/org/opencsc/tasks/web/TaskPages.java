package org.opencsc.tasks.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.opencsc.council.ChildRow;
import org.opencsc.security.AccessLog;
import org.opencsc.tasks.Horizon;
import org.opencsc.tasks.Task;
import org.opencsc.tasks.Tasks;
import org.opencsc.web.DownloadTable;
import org.opencsc.web.Downloads;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * What "My work" and "Team work" share: the horizon filter, the two tables (tasks, children) on the
 * page and as downloads, and the access log entry for each list shown or downloaded.
 */
@Component
class TaskPages {

  private final AccessLog accessLog;

  TaskPages(AccessLog accessLog) {
    this.accessLog = accessLog;
  }

  /** The horizon of {@code ?days=}: 28 when not given, a bad request unless 7, 14 or 28. */
  static Horizon horizon(@Nullable Integer days) {
    if (days == null) {
      return Horizon.DEFAULT;
    }
    return Horizon.of(days)
        .orElseThrow(
            () -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "days must be 7, 14 or 28"));
  }

  /**
   * Puts the page's tables in the model and logs both lists; {@code list} names whose work it is
   * ("worker W1"), {@code path} is the page's own address (encoded).
   */
  void show(
      Model model,
      String list,
      String path,
      Tasks tasks,
      List<ChildRow> children,
      Horizon horizon) {
    List<Task> shown = tasks.within(horizon);
    accessLog.viewedList(taskList(list, horizon), shown.size());
    accessLog.viewedList(childList(list), children.size());
    model.addAttribute("asAt", tasks.today());
    model.addAttribute("horizon", horizon);
    model.addAttribute("horizons", Horizon.values());
    model.addAttribute("path", path);
    model.addAttribute("tasks", shown.stream().map(t -> TaskRow.of(t, tasks.today())).toList());
    model.addAttribute("overdue", shown.stream().filter(t -> t.overdue(tasks.today())).count());
    model.addAttribute("children", children.stream().map(c -> ChildWork.of(c, tasks)).toList());
  }

  /** The tasks within the horizon as CSV or Excel; logged as an export. */
  ResponseEntity<byte[]> downloadTasks(
      String format, String list, String fileName, Tasks tasks, Horizon horizon) {
    List<Task> shown = tasks.within(horizon);
    DownloadTable table =
        new DownloadTable("Tasks")
            .date("due_date")
            .integer("days_until_due")
            .text("status")
            .text("task")
            .text("child_id")
            .text("worker_id")
            .text("worker_name")
            .text("due_from")
            .date("due_from_date");
    for (Task task : shown) {
      TaskRow row = TaskRow.of(task, tasks.today());
      table.row(
          task.dueDate(),
          task.daysUntilDue(tasks.today()),
          row.status(),
          task.kind().name().toLowerCase(Locale.ROOT),
          task.childId(),
          task.workerId(),
          task.workerName(),
          task.basis(),
          task.basisDate());
    }
    ResponseEntity<byte[]> response =
        Downloads.of(format, table, fileName + "-" + horizon.days() + "-days");
    accessLog.exported(taskList(list, horizon), shown.size());
    return response;
  }

  /** The allocated children with their overdue and next tasks as CSV or Excel; logged. */
  ResponseEntity<byte[]> downloadChildren(
      String format, String list, String fileName, Tasks tasks, List<ChildRow> children) {
    DownloadTable table =
        new DownloadTable("Children")
            .text("child_id")
            .integer("age")
            .text("sex")
            .text("open_as")
            .text("worker_id")
            .text("worker_name")
            .text("team_id")
            .text("team_name")
            .date("allocated_since")
            .integer("overdue_tasks")
            .date("next_due_date")
            .text("next_task");
    for (ChildRow child : children) {
      ChildWork work = ChildWork.of(child, tasks);
      Task next = work.next();
      table.row(
          child.childId(),
          child.age(),
          child.sex(),
          child.openAs().name(),
          child.workerId(),
          child.workerName(),
          child.teamId(),
          child.teamName(),
          child.allocatedSince(),
          work.overdue(),
          next == null ? null : next.dueDate(),
          next == null ? null : next.kind().name().toLowerCase(Locale.ROOT));
    }
    ResponseEntity<byte[]> response = Downloads.of(format, table, fileName + "-children");
    accessLog.exported(childList(list), children.size());
    return response;
  }

  private static String taskList(String list, Horizon horizon) {
    return "tasks of " + list + ", overdue and due in " + horizon.days() + " days";
  }

  private static String childList(String list) {
    return "children of " + list + " with their tasks";
  }
}
