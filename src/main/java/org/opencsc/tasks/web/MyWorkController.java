package org.opencsc.tasks.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opencsc.council.ChildRow;
import org.opencsc.council.CouncilStructureService;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.improvement.ImprovementPlan;
import org.opencsc.security.ChildAccess;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.OpenCscUser;
import org.opencsc.security.Roles;
import org.opencsc.security.Scope;
import org.opencsc.tasks.Horizon;
import org.opencsc.tasks.TaskService;
import org.opencsc.tasks.Tasks;
import org.opencsc.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * "My work": the children allocated to the signed-in worker on the served snapshot's date and every
 * task overdue or due in the next 7, 14 or 28 days, most urgent first, with their own supervision.
 * A team manager's page links to their team's work. A login that sees no child (a board member) is
 * refused; one that is no worker has no caseload to show.
 */
@Controller
class MyWorkController {

  static final String LIST = "my work";

  private final CouncilStructureService council;
  private final TaskService taskService;
  private final ChildAccess childAccess;
  private final CurrentUser currentUser;
  private final TaskPages pages;
  private final ImprovementPlan plan;

  MyWorkController(
      CouncilStructureService council,
      TaskService taskService,
      ChildAccess childAccess,
      CurrentUser currentUser,
      TaskPages pages,
      ImprovementPlan plan) {
    this.council = council;
    this.taskService = taskService;
    this.childAccess = childAccess;
    this.currentUser = currentUser;
    this.pages = pages;
    this.plan = plan;
  }

  @GetMapping("/my-work")
  String myWork(@RequestParam(required = false) @Nullable Integer days, Model model) {
    Scope scope = childAccess.requireChildLevel(LIST);
    Horizon horizon = TaskPages.horizon(days);
    OpenCscUser user = currentUser.user().orElseThrow();
    model.addAttribute("teamId", managedTeam(user));
    // the improvement plan's open actions this login owns
    model.addAttribute("myActions", plan.myActions(user.getUsername()));
    ServedSnapshot snapshot = council.servedSnapshot().orElse(null);
    if (snapshot == null) {
      return "council/no-snapshot";
    }
    String workerId = user.getWorkerId();
    if (workerId == null) {
      model.addAttribute("asAt", snapshot.asAt());
      return "tasks/no-caseload";
    }
    Tasks tasks = taskService.ofWorker(snapshot, workerId, scope);
    List<ChildRow> children = council.childrenOfWorker(snapshot, workerId, scope);
    pages.show(model, "worker " + workerId, "/my-work", tasks, children, horizon);
    return "tasks/my-work";
  }

  @GetMapping(value = "/my-work", params = "format")
  ResponseEntity<byte[]> tasks(
      @RequestParam String format, @RequestParam(required = false) @Nullable Integer days) {
    Scope scope = childAccess.requireChildLevel(LIST);
    Horizon horizon = TaskPages.horizon(days);
    String workerId = workerId();
    ServedSnapshot snapshot = snapshot();
    return pages.downloadTasks(
        format,
        "worker " + workerId,
        fileName(workerId),
        taskService.ofWorker(snapshot, workerId, scope),
        horizon);
  }

  @GetMapping(value = "/my-work/children", params = "format")
  ResponseEntity<byte[]> children(@RequestParam String format) {
    Scope scope = childAccess.requireChildLevel(LIST);
    String workerId = workerId();
    ServedSnapshot snapshot = snapshot();
    return pages.downloadChildren(
        format,
        "worker " + workerId,
        fileName(workerId),
        taskService.ofWorker(snapshot, workerId, scope),
        council.childrenOfWorker(snapshot, workerId, scope));
  }

  /** The team a team manager manages, for the link to its work; null for anyone else. */
  private static @Nullable String managedTeam(OpenCscUser user) {
    return Roles.TEAM_MANAGER.equals(user.getRole()) ? user.getTeamId() : null;
  }

  private String workerId() {
    String workerId = currentUser.user().map(OpenCscUser::getWorkerId).orElse(null);
    if (workerId == null) {
      throw new NotFoundException("no caseload: the login is not a worker");
    }
    return workerId;
  }

  private ServedSnapshot snapshot() {
    return council.servedSnapshot().orElseThrow(() -> new NotFoundException("no snapshot"));
  }

  private static String fileName(String workerId) {
    return "opencsc-my-work-" + UriUtils.encodePathSegment(workerId, StandardCharsets.UTF_8);
  }
}
