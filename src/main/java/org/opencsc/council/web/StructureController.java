package org.opencsc.council.web;

import java.util.List;
import org.opencsc.council.CouncilStructureService;
import org.opencsc.council.UnitCount;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The whole council: its service areas with their counts, and the unallocated children. */
@Controller
class StructureController {

  private final CouncilStructureService council;

  private final ChildLists childLists;

  StructureController(CouncilStructureService council, ChildLists childLists) {
    this.council = council;
    this.childLists = childLists;
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
          return "council/children";
        });
  }
}
