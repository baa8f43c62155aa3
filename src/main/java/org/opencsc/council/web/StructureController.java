package org.opencsc.council.web;

import java.util.List;
import org.opencsc.council.CouncilStructureService;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.council.UnitCount;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The whole council: its service areas with their counts, and the unallocated children. */
@Controller
class StructureController {

  private final CouncilStructureService council;

  private final ChildLists childLists;
  private final CouncilTables tables;

  StructureController(
      CouncilStructureService council, ChildLists childLists, CouncilTables tables) {
    this.council = council;
    this.childLists = childLists;
    this.tables = tables;
  }

  @GetMapping("/structure")
  String structure(Model model) {
    return SnapshotPages.render(
        council,
        model,
        snapshot -> {
          List<UnitCount> serviceAreas = council.serviceAreas(snapshot);
          model.addAttribute("serviceAreas", serviceAreas);
          model.addAttribute(
              "allocated", serviceAreas.stream().mapToLong(UnitCount::children).sum());
          model.addAttribute("unallocated", council.unallocatedCount(snapshot));
          model.addAttribute("href", "/structure");
          return "council/structure";
        });
  }

  @GetMapping("/structure/unallocated-children")
  String unallocatedChildren(Model model) {
    return SnapshotPages.render(
        council,
        model,
        snapshot -> {
          model.addAttribute("breadcrumbs", List.of(Breadcrumbs.structure()));
          model.addAttribute("heading", "unallocated");
          model.addAttribute(
              "children",
              childLists.required(
                  "unallocated children", scope -> council.unallocatedChildren(snapshot, scope)));
          model.addAttribute("showAllocation", false);
          model.addAttribute("href", "/structure/unallocated-children");
          return "council/children";
        });
  }

  @GetMapping(path = "/structure", params = "format")
  ResponseEntity<byte[]> structureDownload(@RequestParam String format) {
    ServedSnapshot snapshot = CouncilTables.served(council);
    return tables.units(
        format,
        council.serviceAreas(snapshot),
        tables.text("structure.service-area"),
        "Service areas",
        snapshot);
  }

  @GetMapping(path = "/structure/unallocated-children", params = "format")
  ResponseEntity<byte[]> unallocatedDownload(@RequestParam String format) {
    ServedSnapshot snapshot = CouncilTables.served(council);
    return tables.children(
        format,
        childLists.exported(
            "unallocated children", scope -> council.unallocatedChildren(snapshot, scope)),
        "Unallocated children",
        snapshot);
  }
}
