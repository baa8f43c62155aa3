package org.opencsc.tasks.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opencsc.council.CouncilStructureService;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.council.Team;
import org.opencsc.security.AccessLog;
import org.opencsc.security.ChildAccess;
import org.opencsc.security.Scope;
import org.opencsc.tasks.Horizon;
import org.opencsc.tasks.TaskService;
import org.opencsc.web.Breadcrumb;
import org.opencsc.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * "Team work": every task of the children allocated in a team and of its workers' supervision, with
 * the worker column. For the team's manager, a head of service of its service area, and the logins
 * that see every child (director, analyst, administrator); anyone else (a social worker, a manager
 * of another team, a board member) is refused with 403 and the refusal logged.
 */
@Controller
class TeamWorkController {

  private final CouncilStructureService council;
  private final TaskService taskService;
  private final ChildAccess childAccess;
  private final AccessLog accessLog;
  private final TaskPages pages;

  TeamWorkController(
      CouncilStructureService council,
      TaskService taskService,
      ChildAccess childAccess,
      AccessLog accessLog,
      TaskPages pages) {
    this.council = council;
    this.taskService = taskService;
    this.childAccess = childAccess;
    this.accessLog = accessLog;
    this.pages = pages;
  }

  @GetMapping("/teams/{teamId}/work")
  String teamWork(
      @PathVariable String teamId,
      @RequestParam(required = false) @Nullable Integer days,
      Model model) {
    Scope scope = childAccess.requireChildLevel(list(teamId));
    Horizon horizon = TaskPages.horizon(days);
    ServedSnapshot snapshot = council.servedSnapshot().orElse(null);
    if (snapshot == null) {
      return "council/no-snapshot";
    }
    Team team = allowedTeam(snapshot, teamId, scope);
    model.addAttribute("team", team);
    model.addAttribute("breadcrumbs", breadcrumbs(team));
    pages.show(
        model,
        "team " + teamId,
        path(teamId),
        taskService.ofTeam(snapshot, teamId, scope),
        council.childrenOfTeam(snapshot, teamId, scope),
        horizon);
    return "tasks/team-work";
  }

  @GetMapping(value = "/teams/{teamId}/work", params = "format")
  ResponseEntity<byte[]> tasks(
      @PathVariable String teamId,
      @RequestParam String format,
      @RequestParam(required = false) @Nullable Integer days) {
    Scope scope = childAccess.requireChildLevel(list(teamId));
    Horizon horizon = TaskPages.horizon(days);
    ServedSnapshot snapshot = snapshot();
    allowedTeam(snapshot, teamId, scope);
    return pages.downloadTasks(
        format,
        "team " + teamId,
        fileName(teamId),
        taskService.ofTeam(snapshot, teamId, scope),
        horizon);
  }

  @GetMapping(value = "/teams/{teamId}/work/children", params = "format")
  ResponseEntity<byte[]> children(@PathVariable String teamId, @RequestParam String format) {
    Scope scope = childAccess.requireChildLevel(list(teamId));
    ServedSnapshot snapshot = snapshot();
    allowedTeam(snapshot, teamId, scope);
    return pages.downloadChildren(
        format,
        "team " + teamId,
        fileName(teamId),
        taskService.ofTeam(snapshot, teamId, scope),
        council.childrenOfTeam(snapshot, teamId, scope));
  }

  /** The team, if the scope covers it: all, the team itself, or its service area. */
  private Team allowedTeam(ServedSnapshot snapshot, String teamId, Scope scope) {
    Team team =
        council.team(snapshot, teamId).orElseThrow(() -> new NotFoundException("team " + teamId));
    boolean allowed =
        switch (scope.kind()) {
          case ALL -> true;
          case TEAM -> Objects.equals(scope.unitId(), team.teamId());
          case SERVICE_AREA -> Objects.equals(scope.unitId(), team.serviceAreaId());
          case WORKER, NONE -> false;
        };
    if (!allowed) {
      accessLog.refused(null, list(teamId));
      throw new AccessDeniedException("not allowed to see this team's work");
    }
    return team;
  }

  private ServedSnapshot snapshot() {
    return council.servedSnapshot().orElseThrow(() -> new NotFoundException("no snapshot"));
  }

  private static List<Breadcrumb> breadcrumbs(Team team) {
    return List.of(
        Breadcrumb.message("structure.title", "/structure"),
        Breadcrumb.text(team.serviceAreaName(), "/service-areas/" + segment(team.serviceAreaId())),
        Breadcrumb.text(team.name(), "/teams/" + segment(team.teamId())));
  }

  private static String list(String teamId) {
    return "work of team " + teamId;
  }

  private static String path(String teamId) {
    return "/teams/" + segment(teamId) + "/work";
  }

  private static String fileName(String teamId) {
    return "opencsc-team-" + segment(teamId) + "-work";
  }

  private static String segment(String id) {
    return UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
  }
}
