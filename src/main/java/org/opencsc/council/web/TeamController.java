package org.opencsc.council.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import org.opencsc.council.CouncilStructureService;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.council.Team;
import org.opencsc.council.WorkerCount;
import org.opencsc.web.Breadcrumb;
import org.opencsc.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/** One team: its workers with their counts, and the children open to it. */
@Controller
class TeamController {

  private final CouncilStructureService council;

  private final ChildLists childLists;
  private final CouncilTables tables;

  TeamController(CouncilStructureService council, ChildLists childLists, CouncilTables tables) {
    this.council = council;
    this.childLists = childLists;
    this.tables = tables;
  }

  @GetMapping("/teams/{id}")
  String team(@PathVariable String id, Model model) {
    return SnapshotPages.render(
        council,
        model,
        snapshot -> {
          Team team = find(snapshot, id);
          model.addAttribute("team", team);
          model.addAttribute("breadcrumbs", breadcrumbs(team));
          List<WorkerCount> workers = council.workers(snapshot, id);
          model.addAttribute("workers", workers);
          model.addAttribute("href", "/teams/" + UriUtils.encodePathSegment(id, UTF_8));
          model.addAttribute("total", workers.stream().mapToLong(WorkerCount::children).sum());
          return "council/team";
        });
  }

  @GetMapping("/teams/{id}/children")
  String children(@PathVariable String id, Model model) {
    return SnapshotPages.render(
        council,
        model,
        snapshot -> {
          Team team = find(snapshot, id);
          List<Breadcrumb> breadcrumbs =
              List.of(
                  Breadcrumbs.structure(),
                  Breadcrumbs.serviceArea(team.serviceAreaId(), team.serviceAreaName()),
                  Breadcrumbs.team(id, team.name()));
          model.addAttribute("breadcrumbs", breadcrumbs);
          model.addAttribute("heading", "team");
          model.addAttribute("unitName", team.name());
          model.addAttribute(
              "children",
              childLists.required(
                  "children of team " + id, scope -> council.childrenOfTeam(snapshot, id, scope)));
          model.addAttribute("showAllocation", true);
          model.addAttribute(
              "href", "/teams/" + UriUtils.encodePathSegment(id, UTF_8) + "/children");
          return "council/children";
        });
  }

  @GetMapping(path = "/teams/{id}", params = "format")
  ResponseEntity<byte[]> workersDownload(@PathVariable String id, @RequestParam String format) {
    ServedSnapshot snapshot = CouncilTables.served(council);
    Team team = find(snapshot, id);
    return tables.workers(format, council.workers(snapshot, id), team.name(), snapshot);
  }

  @GetMapping(path = "/teams/{id}/children", params = "format")
  ResponseEntity<byte[]> childrenDownload(@PathVariable String id, @RequestParam String format) {
    ServedSnapshot snapshot = CouncilTables.served(council);
    Team team = find(snapshot, id);
    return tables.children(
        format,
        childLists.exported(
            "children of team " + id, scope -> council.childrenOfTeam(snapshot, id, scope)),
        team.name() + " children",
        snapshot);
  }

  private static List<Breadcrumb> breadcrumbs(Team team) {
    return List.of(
        Breadcrumbs.structure(),
        Breadcrumbs.serviceArea(team.serviceAreaId(), team.serviceAreaName()));
  }

  private Team find(ServedSnapshot snapshot, String id) {
    return council.team(snapshot, id).orElseThrow(() -> new NotFoundException("team " + id));
  }
}
