package org.opencsc.drilldown.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.audits.AuditService;
import org.opencsc.council.CouncilStructureService;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.drilldown.ChildRecord;
import org.opencsc.drilldown.ChildRecordService;
import org.opencsc.security.AccessLog;
import org.opencsc.security.ChildAccess;
import org.opencsc.security.CurrentUser;
import org.opencsc.web.Breadcrumb;
import org.opencsc.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The child page and its two downloads (the timeline; the workers who held the case). Every request
 * first asks {@link ChildAccess#requireView}: a login whose scope does not include the child (a
 * board member's includes none) gets 403 and a "refused" line in the access log, whether or not the
 * child exists, so that a scoped login cannot learn which ids exist; one that may see it gets a
 * "view" line. Only a login that sees every child can get 404, for an id the snapshot does not
 * hold. A download adds an "export" line.
 */
@Controller
class ChildController {

  private final CouncilStructureService council;
  private final ChildRecordService records;
  private final ChildAccess childAccess;
  private final CurrentUser currentUser;
  private final AccessLog accessLog;
  private final TimelineText text;
  private final ChildDownloads downloads;
  private final AuditService audits;

  ChildController(
      CouncilStructureService council,
      ChildRecordService records,
      ChildAccess childAccess,
      CurrentUser currentUser,
      AccessLog accessLog,
      TimelineText text,
      ChildDownloads downloads,
      AuditService audits) {
    this.council = council;
    this.records = records;
    this.childAccess = childAccess;
    this.currentUser = currentUser;
    this.accessLog = accessLog;
    this.text = text;
    this.downloads = downloads;
    this.audits = audits;
  }

  @GetMapping("/children/{childId}")
  String child(@PathVariable String childId, Model model) {
    ServedSnapshot snapshot = council.servedSnapshot().orElse(null);
    if (snapshot == null) {
      return "council/no-snapshot";
    }
    ChildRecord record = record(snapshot, childId);
    String path = "/children/" + UriUtils.encodePathSegment(childId, StandardCharsets.UTF_8);
    model.addAttribute("asAt", snapshot.asAt());
    model.addAttribute("page", ChildPage.of(record, text));
    model.addAttribute("breadcrumbs", breadcrumbs(record));
    model.addAttribute("timelineHref", path + "/timeline");
    model.addAttribute("workersHref", path + "/workers");
    model.addAttribute(
        "audits",
        currentUser.user().map(user -> audits.auditsOfChild(childId, user)).orElse(List.of()));
    return "drilldown/child";
  }

  @GetMapping("/children/{childId}/timeline")
  ResponseEntity<byte[]> timeline(@PathVariable String childId, @RequestParam String format) {
    ChildPage page = ChildPage.of(record(served(), childId), text);
    ResponseEntity<byte[]> download = downloads.timeline(format, page, childId);
    accessLog.exported(ChildDownloads.TIMELINE, page.timeline().size());
    return download;
  }

  @GetMapping("/children/{childId}/workers")
  ResponseEntity<byte[]> workers(@PathVariable String childId, @RequestParam String format) {
    ChildPage page = ChildPage.of(record(served(), childId), text);
    ResponseEntity<byte[]> download = downloads.workers(format, page, childId);
    accessLog.exported(ChildDownloads.WORKERS, page.caseHolders().size());
    return download;
  }

  /** Access first (403 and logged, or a logged view), then the record (404 if none). */
  private ChildRecord record(ServedSnapshot snapshot, String childId) {
    childAccess.requireView(snapshot.snapshotId(), snapshot.asAt(), childId);
    return records
        .record(snapshot, childId, currentUser.scope())
        .orElseThrow(() -> new NotFoundException("child"));
  }

  private ServedSnapshot served() {
    return council.servedSnapshot().orElseThrow(() -> new NotFoundException("snapshot"));
  }

  /** Council structure, then the team and worker the child is allocated to, if any. */
  private static List<Breadcrumb> breadcrumbs(ChildRecord record) {
    List<Breadcrumb> crumbs = new ArrayList<>();
    crumbs.add(Breadcrumb.message("structure.title", "/structure"));
    var child = record.summary();
    if (child.teamId() != null && child.teamName() != null) {
      crumbs.add(Breadcrumb.text(child.teamName(), "/teams/" + segment(child.teamId())));
    }
    if (child.workerId() != null && child.workerName() != null) {
      crumbs.add(Breadcrumb.text(child.workerName(), "/workers/" + segment(child.workerId())));
    }
    return crumbs;
  }

  private static String segment(String id) {
    return UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
  }
}
