package org.opencsc.ingest.web;

import static org.opencsc.ingest.web.DataQualityController.fileName;
import static org.opencsc.ingest.web.DataQualityController.text;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opencsc.ingest.internal.DataQualityRepository;
import org.opencsc.ingest.internal.FixedFinding;
import org.opencsc.ingest.internal.QualityChild;
import org.opencsc.ingest.internal.QualityFilter;
import org.opencsc.ingest.internal.QualityFinding;
import org.opencsc.ingest.internal.QualitySource;
import org.opencsc.security.AccessLog;
import org.opencsc.security.ChildAccess;
import org.opencsc.security.Scope;
import org.opencsc.web.DownloadTable;
import org.opencsc.web.Downloads;
import org.opencsc.web.Pagination;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The data quality page by child: the children in a login's scope with their errors and queries
 * (those with none left out unless {@code with-none=true}, as most children have none), filtered by
 * the team and worker holding them and by the findings' rule and severity (the findings page's
 * parameters; no filter reaches past the scope, which the query applies), and one child's findings
 * at {@code /data-quality/children/{id}}: the child ID in the path, never in the query string
 * (issue 5). Same scope as the data quality page: a board member is refused (403), a login is
 * refused (403) a child it may not see, and every view and download is in the access log.
 */
@Controller
class DataQualityChildrenController {

  static final int CHILDREN_PER_PAGE = 50;
  static final String CHILDREN_LIST = "data quality children";
  static final String CHILD_LIST = "data quality findings for a child";

  private final DataQualityRepository quality;
  private final ChildAccess childAccess;
  private final AccessLog accessLog;
  private final MessageSource messages;

  DataQualityChildrenController(
      DataQualityRepository quality,
      ChildAccess childAccess,
      AccessLog accessLog,
      MessageSource messages) {
    this.quality = quality;
    this.childAccess = childAccess;
    this.accessLog = accessLog;
    this.messages = messages;
  }

  @GetMapping(QualityLinks.CHILDREN)
  String children(
      @RequestParam(required = false) @Nullable String team,
      @RequestParam(required = false) @Nullable String worker,
      @RequestParam(required = false) @Nullable String rule,
      @RequestParam(required = false) @Nullable String severity,
      @RequestParam(required = false) @Nullable String since,
      @RequestParam(name = "with-none", defaultValue = "false") boolean withNone,
      @RequestParam(defaultValue = "1") int page,
      Model model) {
    Scope scope = childAccess.requireChildLevel(CHILDREN_LIST);
    QualityFilter filter = DataQualityController.filter(team, worker, rule, severity, since);
    QualitySource source = quality.source().orElse(null);
    if (source == null) {
      return "council/no-snapshot";
    }
    model.addAttribute("asAt", source.asAt());
    model.addAttribute("source", source);
    model.addAttribute("withNone", withNone);
    Long runId = source.runId();
    if (runId == null) {
      return "ingest/data-quality-children";
    }
    long total = quality.countChildren(runId, source, scope, filter, withNone);
    String href = QualityLinks.children(filter, withNone);
    Pagination pagination = Pagination.of(page, CHILDREN_PER_PAGE, total, href);
    model.addAttribute(
        "children",
        quality.children(
            runId, source, scope, filter, withNone, pagination.offset(), CHILDREN_PER_PAGE));
    model.addAttribute("pagination", pagination);
    model.addAttribute("download", href);
    model.addAttribute(
        "filters",
        ChildrenFilters.of(
            filter,
            quality.childHolders(runId, source, scope, filter.anyTeamOrWorker(), withNone),
            quality.childRules(runId, source, scope),
            key -> text(messages, key)));
    model.addAttribute("toggle", QualityLinks.children(filter, !withNone));
    model.addAttribute("clear", QualityLinks.children(QualityFilter.ALL, withNone));
    model.addAttribute("findingsLink", new QualityLinks(filter).page());
    accessLog.viewedList(describe(filter, withNone), total);
    return "ingest/data-quality-children";
  }

  /** The children list as on the page (the same filters), every row. */
  @GetMapping(path = QualityLinks.CHILDREN, params = "format")
  ResponseEntity<byte[]> childrenDownload(
      @RequestParam String format,
      @RequestParam(required = false) @Nullable String team,
      @RequestParam(required = false) @Nullable String worker,
      @RequestParam(required = false) @Nullable String rule,
      @RequestParam(required = false) @Nullable String severity,
      @RequestParam(required = false) @Nullable String since,
      @RequestParam(name = "with-none", defaultValue = "false") boolean withNone) {
    Scope scope = childAccess.requireChildLevel(CHILDREN_LIST);
    QualityFilter filter = DataQualityController.filter(team, worker, rule, severity, since);
    QualitySource source = quality.source().orElse(null);
    Long runId = source == null ? null : source.runId();
    List<QualityChild> children =
        runId == null
            ? List.of()
            : quality.children(runId, source, scope, filter, withNone, 0, null);
    DownloadTable table =
        new DownloadTable(text(messages, "quality.children"))
            .text(text(messages, "quality.finding.child"))
            .text(text(messages, "quality.team"))
            .text(text(messages, "quality.worker"))
            .integer(text(messages, "quality.errors"))
            .integer(text(messages, "quality.queries"))
            .integer(text(messages, "quality.total"));
    for (QualityChild c : children) {
      table.row(c.childId(), c.teamName(), c.workerName(), c.errors(), c.queries(), c.total());
    }
    if (runId != null) {
      accessLog.exported(describe(filter, withNone), children.size());
    }
    return Downloads.of(format, table, fileName("children", source));
  }

  @GetMapping(QualityLinks.CHILDREN + "/{childId}")
  String child(@PathVariable String childId, Model model) {
    QualitySource source = requireChild(childId);
    if (source == null) {
      return "council/no-snapshot";
    }
    model.addAttribute("asAt", source.asAt());
    model.addAttribute("source", source);
    model.addAttribute("childId", childId);
    Long runId = source.runId();
    if (runId == null) {
      return "ingest/data-quality-child";
    }
    Scope scope = childAccess.requireChildLevel(CHILD_LIST);
    QualityFilter filter = QualityFilter.child(childId);
    model.addAttribute("findings", quality.findings(runId, source, scope, filter, 0, null));
    model.addAttribute("fixed", quality.fixed(runId, source, scope, filter, 0, null));
    model.addAttribute("download", QualityLinks.child(childId));
    LoadPages.addTagColours(model);
    return "ingest/data-quality-child";
  }

  @GetMapping(path = QualityLinks.CHILDREN + "/{childId}", params = "format")
  ResponseEntity<byte[]> childDownload(
      @PathVariable String childId,
      @RequestParam String format,
      @RequestParam(defaultValue = "findings") String table) {
    if (!table.equals("findings") && !table.equals("fixed")) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "table is findings or fixed");
    }
    QualitySource source = requireChild(childId);
    Long runId = source == null ? null : source.runId();
    Scope scope = childAccess.requireChildLevel(CHILD_LIST);
    QualityFilter filter = QualityFilter.child(childId);
    DownloadTable download;
    long rows;
    if (table.equals("fixed")) {
      List<FixedFinding> fixed =
          runId == null ? List.of() : quality.fixed(runId, source, scope, filter, 0, null);
      download = DataQualityController.fixedTable(fixed, messages);
      rows = fixed.size();
    } else {
      List<QualityFinding> findings =
          runId == null ? List.of() : quality.findings(runId, source, scope, filter, 0, null);
      download = DataQualityController.findingTable(findings, messages);
      rows = findings.size();
    }
    if (runId != null) {
      accessLog.exported(CHILD_LIST + (table.equals("fixed") ? " fixed" : ""), rows);
    }
    return Downloads.of(format, download, fileName("child-" + table, source));
  }

  /**
   * Refuses a board member (403), then a child the login may not see in the served snapshot (403,
   * with the child in the access log), and logs the view of one it may; null when nothing is
   * served.
   */
  private @Nullable QualitySource requireChild(String childId) {
    childAccess.requireChildLevel(CHILD_LIST);
    QualitySource source = quality.source().orElse(null);
    if (source != null) {
      childAccess.requireView(source.snapshotId(), source.asAt(), childId);
    }
    return source;
  }

  /** The access log's name for the list: the filters and "with none" (never a child's data). */
  private static String describe(QualityFilter filter, boolean withNone) {
    return DataQualityController.describe(
        CHILDREN_LIST, filter, withNone ? List.of("with none") : List.of());
  }
}
