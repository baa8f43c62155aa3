package org.opencsc.ingest.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.Severity;
import org.opencsc.ingest.internal.FindingCount;
import org.opencsc.ingest.internal.FindingFilter;
import org.opencsc.ingest.internal.LoadHistoryRepository;
import org.opencsc.ingest.internal.LoadRun;
import org.opencsc.security.AccessLog;
import org.opencsc.web.NotFoundException;
import org.opencsc.web.Pagination;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One run of the load history: what started it and how it ended, its files, the rows it loaded into
 * each table, its findings counted by rule and severity, and the findings themselves, {@value
 * #FINDINGS_PER_PAGE} to a page, filtered by severity and rule. The filters are the only query
 * parameters: no child's data goes into an address.
 */
@Controller
@PreAuthorize(LoadHistoryAccess.MAY_VIEW)
class LoadController {

  static final int FINDINGS_PER_PAGE = 100;

  private final LoadHistoryRepository history;
  private final AccessLog accessLog;

  LoadController(LoadHistoryRepository history, AccessLog accessLog) {
    this.history = history;
    this.accessLog = accessLog;
  }

  @GetMapping("/loads/{runId:\\d{1,18}}")
  String run(
      @PathVariable long runId,
      @RequestParam(required = false) @Nullable String severity,
      @RequestParam(required = false) @Nullable String rule,
      @RequestParam(defaultValue = "1") int page,
      Model model) {
    LoadRun run = find(history, runId);
    FindingFilter filter = filter(severity, rule);
    String href = baseHref(runId, filter);
    Pagination pagination =
        Pagination.of(page, FINDINGS_PER_PAGE, history.countFindings(runId, filter), href);
    model.addAttribute("run", run);
    model.addAttribute("files", history.files(runId));
    model.addAttribute("tableCounts", history.tableCounts(runId));
    List<FindingCount> counts = history.findingCounts(runId);
    model.addAttribute("findingCounts", counts);
    model.addAttribute(
        "rules", counts.stream().map(FindingCount::rule).distinct().sorted().toList());
    List<Finding> findings =
        history.findings(runId, filter, pagination.offset(), FINDINGS_PER_PAGE);
    // findings name children: the page is a view of child-level data
    accessLog.viewedList("findings of load " + runId, pagination.total());
    model.addAttribute("findings", findings);
    model.addAttribute("pagination", pagination);
    // the findings' download: the page's own address with its filters (LoadDownloadController)
    model.addAttribute("findingsHref", href);
    model.addAttribute("filter", filter);
    model.addAttribute("severities", List.of(Severity.values()));
    model.addAttribute("breadcrumbs", List.of(LoadPages.LOAD_HISTORY));
    LoadPages.addTagColours(model);
    return "ingest/load";
  }

  /** The run, or the GOV.UK 404 page. */
  static LoadRun find(LoadHistoryRepository history, long runId) {
    return history.run(runId).orElseThrow(() -> new NotFoundException("load run " + runId));
  }

  /** The filters from the query; blank means any, and a severity that does not exist is a 400. */
  static FindingFilter filter(@Nullable String severity, @Nullable String rule) {
    Severity chosen = null;
    if (severity != null && !severity.isBlank()) {
      try {
        chosen = Severity.valueOf(severity.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "no severity " + severity);
      }
    }
    String ruleCode = rule == null || rule.isBlank() ? null : rule.strip();
    return new FindingFilter(chosen, ruleCode);
  }

  /** The access log's name for the run's findings under a filter (never a child's data). */
  static String describe(long runId, FindingFilter filter) {
    String list = "findings of load " + runId;
    Severity severity = filter.severity();
    if (severity != null && filter.rule() != null) {
      return list + " (severity " + severity.label() + ", rule " + filter.rule() + ")";
    }
    if (severity != null) {
      return list + " (severity " + severity.label() + ")";
    }
    return filter.rule() != null ? list + " (rule " + filter.rule() + ")" : list;
  }

  private static String baseHref(long runId, FindingFilter filter) {
    Severity severity = filter.severity();
    UriComponentsBuilder href = UriComponentsBuilder.fromPath("/loads/{runId}");
    if (severity != null) {
      href.queryParam("severity", severity.label());
    }
    if (filter.rule() != null) {
      href.queryParam("rule", "{rule}");
    }
    return href.encode(StandardCharsets.UTF_8)
        .buildAndExpand(runId, filter.rule() == null ? "" : filter.rule())
        .toUriString();
  }
}
