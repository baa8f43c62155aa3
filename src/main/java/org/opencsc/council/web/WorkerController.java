package org.opencsc.council.web;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.council.CouncilStructureService;
import org.opencsc.council.Worker;
import org.opencsc.web.Breadcrumb;
import org.opencsc.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One worker and the children allocated to them. */
@Controller
class WorkerController {

  private final CouncilStructureService council;

  private final ChildLists childLists;

  WorkerController(CouncilStructureService council, ChildLists childLists) {
    this.council = council;
    this.childLists = childLists;
  }

  @GetMapping("/workers/{id}")
  String worker(@PathVariable String id, Model model) {
    return SnapshotPages.render(
        council,
        model,
        snapshot -> {
          Worker worker =
              council.worker(snapshot, id).orElseThrow(() -> new NotFoundException("worker " + id));
          model.addAttribute("worker", worker);
          model.addAttribute("breadcrumbs", breadcrumbs(worker));
          model.addAttribute(
              "children",
              childLists.ifAllowed(
                  "children of worker " + id,
                  scope -> council.childrenOfWorker(snapshot, id, scope)));
          model.addAttribute("seesChildren", childLists.seesChildren());
          model.addAttribute("showAllocation", false);
          return "council/worker";
        });
  }

  private static List<Breadcrumb> breadcrumbs(Worker worker) {
    List<Breadcrumb> breadcrumbs = new ArrayList<>();
    breadcrumbs.add(Breadcrumbs.structure());
    if (worker.serviceAreaId() != null && worker.serviceAreaName() != null) {
      breadcrumbs.add(Breadcrumbs.serviceArea(worker.serviceAreaId(), worker.serviceAreaName()));
    }
    if (worker.teamId() != null && worker.teamName() != null) {
      breadcrumbs.add(Breadcrumbs.team(worker.teamId(), worker.teamName()));
    }
    return List.copyOf(breadcrumbs);
  }
}
