package org.opencsc.council.web;

import java.util.List;
import org.opencsc.council.CouncilStructureService;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.council.Team;
import org.opencsc.council.WorkerCount;
import org.opencsc.web.Breadcrumb;
import org.opencsc.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One team: its workers with their counts, and the children open to it. */
@Controller
class TeamController {

  private final CouncilStructureService council;

  private final ChildLists childLists;

  TeamController(CouncilStructureService council, ChildLists childLists) {
    this.council = council;
    this.childLists = childLists;
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
          return "council/children";
        });
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
