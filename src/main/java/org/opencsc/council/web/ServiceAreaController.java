package org.opencsc.council.web;

import java.util.List;
import org.opencsc.council.CouncilStructureService;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.council.ServiceArea;
import org.opencsc.council.UnitCount;
import org.opencsc.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One service area: its teams with their counts, and the children open to it. */
@Controller
class ServiceAreaController {

  private final CouncilStructureService council;

  private final ChildLists childLists;

  ServiceAreaController(CouncilStructureService council, ChildLists childLists) {
    this.council = council;
    this.childLists = childLists;
  }

  @GetMapping("/service-areas/{id}")
  String serviceArea(@PathVariable String id, Model model) {
    return SnapshotPages.render(
        council,
        model,
        snapshot -> {
          ServiceArea serviceArea = find(snapshot, id);
          model.addAttribute("serviceArea", serviceArea);
          model.addAttribute("breadcrumbs", List.of(Breadcrumbs.structure()));
          List<UnitCount> teams = council.teams(snapshot, id);
          model.addAttribute("teams", teams);
          model.addAttribute("total", teams.stream().mapToLong(UnitCount::children).sum());
          return "council/service-area";
        });
  }

  @GetMapping("/service-areas/{id}/children")
  String children(@PathVariable String id, Model model) {
    return SnapshotPages.render(
        council,
        model,
        snapshot -> {
          ServiceArea serviceArea = find(snapshot, id);
          model.addAttribute(
              "breadcrumbs",
              List.of(Breadcrumbs.structure(), Breadcrumbs.serviceArea(id, serviceArea.name())));
          model.addAttribute("heading", "service-area");
          model.addAttribute("unitName", serviceArea.name());
          model.addAttribute(
              "children",
              childLists.required(
                  "children of service area " + id,
                  scope -> council.childrenOfServiceArea(snapshot, id, scope)));
          model.addAttribute("showAllocation", true);
          return "council/children";
        });
  }

  private ServiceArea find(ServedSnapshot snapshot, String id) {
    return council
        .serviceArea(snapshot, id)
        .orElseThrow(() -> new NotFoundException("service area " + id));
  }
}
