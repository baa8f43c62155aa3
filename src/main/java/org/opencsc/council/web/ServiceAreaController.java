package org.opencsc.council.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import org.opencsc.council.CouncilStructureService;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.council.ServiceArea;
import org.opencsc.council.UnitCount;
import org.opencsc.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/** One service area: its teams with their counts, and the children open to it. */
@Controller
class ServiceAreaController {

  private final CouncilStructureService council;

  private final ChildLists childLists;
  private final CouncilTables tables;

  ServiceAreaController(
      CouncilStructureService council, ChildLists childLists, CouncilTables tables) {
    this.council = council;
    this.childLists = childLists;
    this.tables = tables;
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
          model.addAttribute("href", "/service-areas/" + UriUtils.encodePathSegment(id, UTF_8));
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
          model.addAttribute(
              "href", "/service-areas/" + UriUtils.encodePathSegment(id, UTF_8) + "/children");
          return "council/children";
        });
  }

  @GetMapping(path = "/service-areas/{id}", params = "format")
  ResponseEntity<byte[]> teamsDownload(@PathVariable String id, @RequestParam String format) {
    ServedSnapshot snapshot = CouncilTables.served(council);
    ServiceArea serviceArea = find(snapshot, id);
    return tables.units(
        format,
        council.teams(snapshot, id),
        tables.text("service-area.team"),
        serviceArea.name(),
        snapshot);
  }

  @GetMapping(path = "/service-areas/{id}/children", params = "format")
  ResponseEntity<byte[]> childrenDownload(@PathVariable String id, @RequestParam String format) {
    ServedSnapshot snapshot = CouncilTables.served(council);
    ServiceArea serviceArea = find(snapshot, id);
    return tables.children(
        format,
        childLists.exported(
            "children of service area " + id,
            scope -> council.childrenOfServiceArea(snapshot, id, scope)),
        serviceArea.name() + " children",
        snapshot);
  }

  private ServiceArea find(ServedSnapshot snapshot, String id) {
    return council
        .serviceArea(snapshot, id)
        .orElseThrow(() -> new NotFoundException("service area " + id));
  }
}
