package org.opencsc.council.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.council.CouncilStructureService;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.council.Worker;
import org.opencsc.web.Breadcrumb;
import org.opencsc.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/** One worker and the children allocated to them. */
@Controller
class WorkerController {

  private final CouncilStructureService council;

  private final ChildLists childLists;
  private final CouncilTables tables;

  WorkerController(CouncilStructureService council, ChildLists childLists, CouncilTables tables) {
    this.council = council;
    this.childLists = childLists;
    this.tables = tables;
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
          model.addAttribute(
              "href", "/workers/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8));
          model.addAttribute("showAllocation", false);
          return "council/worker";
        });
  }

  @GetMapping(path = "/workers/{id}", params = "format")
  ResponseEntity<byte[]> childrenDownload(@PathVariable String id, @RequestParam String format) {
    ServedSnapshot snapshot = CouncilTables.served(council);
    Worker worker =
        council.worker(snapshot, id).orElseThrow(() -> new NotFoundException("worker " + id));
    return tables.children(
        format,
        childLists.exported(
            "children of worker " + id, scope -> council.childrenOfWorker(snapshot, id, scope)),
        worker.name() + " children",
        snapshot);
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
