package org.opencsc.ingest.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.opencsc.ingest.Severity;
import org.opencsc.ingest.internal.DataQualityRepository;
import org.opencsc.ingest.internal.FixedFinding;
import org.opencsc.ingest.internal.QualityFilter;
import org.opencsc.ingest.internal.QualityFinding;
import org.opencsc.ingest.internal.QualityGroup;
import org.opencsc.ingest.internal.QualityRuleCount;
import org.opencsc.ingest.internal.QualitySource;
import org.opencsc.ingest.internal.QualityWorker;
import org.opencsc.security.AccessLog;
import org.opencsc.security.ChildAccess;
import org.opencsc.security.Scope;
import org.opencsc.web.DownloadTable;
import org.opencsc.web.Downloads;
import org.opencsc.web.Pagination;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The data quality page: the errors and queries the import that built the served snapshot found,
 * counted by team (with the unallocated children's and those about no child apart), by worker (who
 * held the child on the snapshot's date) and by rule, and the findings themselves, {@value
 * #FINDINGS_PER_PAGE} to a page, filtered by team, worker, rule, severity and since (new since the
 * last load, or still open), each with its history: new, or open for so many days. The findings of
 * the previous load not found again are listed as fixed. Each table downloads as CSV or Excel with
 * the same filters.
 *
 * <p>The findings name children, so the page is child-level: a login sees the findings about the
 * children in its scope (the query filters them), the findings about no child only when it sees
 * every child, and a board member is refused (HTTP 403). Every view and download is in the access
 * log.
 */
@Controller
class DataQualityController {

  static final int FINDINGS_PER_PAGE = 50;
  static final int FIXED_ON_THE_PAGE = 50;
  static final String LIST = "data quality findings";

  private final DataQualityRepository quality;
  private final ChildAccess childAccess;
  private final AccessLog accessLog;
  private final MessageSource messages;

  DataQualityController(
      DataQualityRepository quality,
      ChildAccess childAccess,
      AccessLog accessLog,
      MessageSource messages) {
    this.quality = quality;
    this.childAccess = childAccess;
    this.accessLog = accessLog;
    this.messages = messages;
  }

  /**
   * What a request reads: the login's scope, the served snapshot and the run that built it; no
   * source or no run when the page shows its empty state (nothing loaded, or a snapshot no import
   * built, such as the demo council).
   */
  private record Request(
      Scope scope, @Nullable QualitySource source, @Nullable Long runId, QualityFilter filter) {

    /** Whether the page has no findings to show, so the download is its headings alone. */
    boolean empty() {
      return source == null || runId == null;
    }
  }

  @GetMapping(QualityLinks.PAGE)
  String page(
      @RequestParam(required = false) @Nullable String team,
      @RequestParam(required = false) @Nullable String worker,
      @RequestParam(required = false) @Nullable String rule,
      @RequestParam(required = false) @Nullable String severity,
      @RequestParam(required = false) @Nullable String since,
      @RequestParam(defaultValue = "1") int page,
      Model model) {
    Scope scope = childAccess.requireChildLevel(LIST);
    QualityFilter filter = filter(team, worker, rule, severity, since);
    QualitySource source = quality.source().orElse(null);
    if (source == null) {
      return "council/no-snapshot";
    }
    model.addAttribute("asAt", source.asAt());
    model.addAttribute("source", source);
    Long runId = source.runId();
    if (runId == null) {
      return "ingest/data-quality";
    }
    QualityLinks links = new QualityLinks(filter);
    long total = quality.count(runId, source, scope, filter);
    Pagination pagination = Pagination.of(page, FINDINGS_PER_PAGE, total, links.page());
    List<QualityGroup> teams = quality.byTeam(runId, source, scope, filter.anyTeamOrWorker());
    model.addAttribute("filter", filter);
    model.addAttribute("links", links);
    model.addAttribute("teams", teams);
    model.addAttribute("totals", totals(teams));
    model.addAttribute("workers", quality.byWorker(runId, source, scope, filter.anyWorker()));
    model.addAttribute("ruleCounts", quality.byRule(runId, source, scope, filter));
    model.addAttribute("rules", quality.rules(runId, source, scope));
    model.addAttribute("severities", List.of(Severity.values()));
    model.addAttribute("sinces", List.of(QualityFilter.NEW, QualityFilter.OPEN));
    model.addAttribute(
        "findings",
        quality.findings(runId, source, scope, filter, pagination.offset(), FINDINGS_PER_PAGE));
    model.addAttribute("pagination", pagination);
    model.addAttribute("history", quality.history(runId, source, scope, filter));
    model.addAttribute("fixed", quality.fixed(runId, source, scope, filter, 0, FIXED_ON_THE_PAGE));
    LoadPages.addTagColours(model);
    accessLog.viewedList(describe(filter), total);
    return "ingest/data-quality";
  }

  @GetMapping(path = QualityLinks.PAGE, params = "format")
  ResponseEntity<byte[]> findings(
      @RequestParam String format,
      @RequestParam(required = false) @Nullable String team,
      @RequestParam(required = false) @Nullable String worker,
      @RequestParam(required = false) @Nullable String rule,
      @RequestParam(required = false) @Nullable String severity,
      @RequestParam(required = false) @Nullable String since) {
    Request request = request(filter(team, worker, rule, severity, since));
    List<QualityFinding> findings =
        request.empty()
            ? List.of()
            : quality.findings(
                request.runId(), request.source(), request.scope(), request.filter(), 0, null);
    exported(request, describe(request.filter()), findings.size());
    return Downloads.of(
        format, findingTable(findings, messages), fileName("findings", request.source()));
  }

  /** The findings as a download: where, whose, what, the team and worker, and the history. */
  static DownloadTable findingTable(List<QualityFinding> findings, MessageSource messages) {
    DownloadTable table =
        new DownloadTable(text(messages, "quality.findings"))
            .text(text(messages, "quality.finding.file"))
            .integer(text(messages, "quality.finding.row"))
            .text(text(messages, "quality.finding.child"))
            .text(text(messages, "quality.finding.field"))
            .text(text(messages, "quality.finding.value"))
            .text(text(messages, "quality.finding.severity"))
            .text(text(messages, "quality.finding.rule"))
            .text(text(messages, "quality.finding.message"))
            .text(text(messages, "quality.team"))
            .text(text(messages, "quality.worker"))
            .text(text(messages, "quality.since"))
            .date(text(messages, "quality.first-seen"))
            .integer(text(messages, "quality.open-for"));
    for (QualityFinding f : findings) {
      table.row(
          f.fileName(),
          f.rowNumber(),
          f.childId(),
          f.field(),
          f.value(),
          f.severity(),
          f.rule(),
          f.message(),
          f.teamName(),
          f.workerName(),
          f.isNew() ? QualityFilter.NEW : QualityFilter.OPEN,
          f.firstSeen(),
          f.openDays());
    }
    return table;
  }

  /** The findings of the previous load that this one did not find again, with every filter. */
  @GetMapping(path = QualityLinks.PAGE + "/fixed", params = "format")
  ResponseEntity<byte[]> fixed(
      @RequestParam String format,
      @RequestParam(required = false) @Nullable String team,
      @RequestParam(required = false) @Nullable String worker,
      @RequestParam(required = false) @Nullable String rule,
      @RequestParam(required = false) @Nullable String severity) {
    Request request = request(filter(team, worker, rule, severity, null));
    List<FixedFinding> fixed =
        request.empty()
            ? List.of()
            : quality.fixed(
                request.runId(), request.source(), request.scope(), request.filter(), 0, null);
    exported(request, describe(request.filter()) + " fixed", fixed.size());
    return Downloads.of(format, fixedTable(fixed, messages), fileName("fixed", request.source()));
  }

  /** Fixed findings as a download, with the team and worker holding the child now. */
  static DownloadTable fixedTable(List<FixedFinding> fixed, MessageSource messages) {
    DownloadTable table =
        new DownloadTable(text(messages, "quality.fixed"))
            .text(text(messages, "quality.finding.file"))
            .integer(text(messages, "quality.finding.row"))
            .text(text(messages, "quality.finding.child"))
            .text(text(messages, "quality.finding.field"))
            .text(text(messages, "quality.finding.value"))
            .text(text(messages, "quality.finding.severity"))
            .text(text(messages, "quality.finding.rule"))
            .text(text(messages, "quality.finding.message"))
            .text(text(messages, "quality.team"))
            .text(text(messages, "quality.worker"))
            .date(text(messages, "quality.first-seen"));
    for (FixedFinding f : fixed) {
      table.row(
          f.fileName(),
          f.rowNumber(),
          f.childId(),
          f.field(),
          f.value(),
          f.severity(),
          f.rule(),
          f.message(),
          f.teamName(),
          f.workerName(),
          f.firstSeen());
    }
    return table;
  }

  @GetMapping(path = QualityLinks.PAGE + "/teams", params = "format")
  ResponseEntity<byte[]> teams(
      @RequestParam String format,
      @RequestParam(required = false) @Nullable String rule,
      @RequestParam(required = false) @Nullable String severity,
      @RequestParam(required = false) @Nullable String since) {
    Request request = request(filter(null, null, rule, severity, since));
    List<QualityGroup> teams =
        request.empty()
            ? List.of()
            : quality.byTeam(request.runId(), request.source(), request.scope(), request.filter());
    DownloadTable table =
        new DownloadTable(text("quality.by-team"))
            .text(text("quality.team"))
            .text(text("quality.team-id"))
            .integer(text("quality.errors"))
            .integer(text("quality.queries"))
            .integer(text("quality.files"))
            .integer(text("quality.total"))
            .integer(text("quality.children.column"));
    for (QualityGroup g : teams) {
      table.row(
          g.isTeam() ? g.teamName() : text("quality.group." + g.teamKey().substring(1)),
          g.isTeam() ? g.teamKey() : null,
          g.errors(),
          g.queries(),
          g.files(),
          g.total(),
          g.children());
    }
    exported(
        request,
        describe(request.filter()) + " by team",
        teams.stream().mapToLong(g -> g.total()).sum());
    return Downloads.of(format, table, fileName("by-team", request.source()));
  }

  @GetMapping(path = QualityLinks.PAGE + "/workers", params = "format")
  ResponseEntity<byte[]> workers(
      @RequestParam String format,
      @RequestParam(required = false) @Nullable String team,
      @RequestParam(required = false) @Nullable String rule,
      @RequestParam(required = false) @Nullable String severity,
      @RequestParam(required = false) @Nullable String since) {
    Request request = request(filter(team, null, rule, severity, since));
    List<QualityWorker> workers =
        request.empty()
            ? List.of()
            : quality.byWorker(
                request.runId(), request.source(), request.scope(), request.filter());
    DownloadTable table =
        new DownloadTable(text("quality.by-worker"))
            .text(text("quality.worker"))
            .text(text("quality.worker-id"))
            .text(text("quality.team"))
            .integer(text("quality.errors"))
            .integer(text("quality.queries"))
            .integer(text("quality.total"))
            .integer(text("quality.children.column"));
    for (QualityWorker w : workers) {
      table.row(
          w.workerName(),
          w.workerId(),
          w.teamName(),
          w.errors(),
          w.queries(),
          w.total(),
          w.children());
    }
    exported(
        request,
        describe(request.filter()) + " by worker",
        workers.stream().mapToLong(QualityWorker::total).sum());
    return Downloads.of(format, table, fileName("by-worker", request.source()));
  }

  @GetMapping(path = QualityLinks.PAGE + "/rules", params = "format")
  ResponseEntity<byte[]> rules(
      @RequestParam String format,
      @RequestParam(required = false) @Nullable String team,
      @RequestParam(required = false) @Nullable String worker,
      @RequestParam(required = false) @Nullable String rule,
      @RequestParam(required = false) @Nullable String severity,
      @RequestParam(required = false) @Nullable String since) {
    Request request = request(filter(team, worker, rule, severity, since));
    List<QualityRuleCount> counts =
        request.empty()
            ? List.of()
            : quality.byRule(request.runId(), request.source(), request.scope(), request.filter());
    DownloadTable table =
        new DownloadTable(text("quality.by-rule"))
            .text(text("quality.finding.rule"))
            .text(text("quality.finding.severity"))
            .integer(text("quality.findings-count"))
            .integer(text("quality.children.column"));
    for (QualityRuleCount c : counts) {
      table.row(c.rule(), c.severity(), c.findings(), c.children());
    }
    exported(
        request,
        describe(request.filter()) + " by rule",
        counts.stream().mapToLong(QualityRuleCount::findings).sum());
    return Downloads.of(format, table, fileName("by-rule", request.source()));
  }

  /**
   * The scope (403 for a login that sees no child), the snapshot and its run. Where the page shows
   * its empty state (no snapshot, or one no import built) the download is the table's headings with
   * no row, as the page has no row either: a download link someone kept, or a script that fetches
   * it every night, gets an empty table rather than "page not found".
   */
  private Request request(QualityFilter filter) {
    Scope scope = childAccess.requireChildLevel(LIST);
    QualitySource source = quality.source().orElse(null);
    return new Request(scope, source, source == null ? null : source.runId(), filter);
  }

  /** Writes the export to the access log; an empty state's download shows no child's data. */
  private void exported(Request request, String list, long rows) {
    if (!request.empty()) {
      accessLog.exported(list, rows);
    }
  }

  /** The filters from the query; blank means any, and a severity that does not exist is a 400. */
  static QualityFilter filter(
      @Nullable String team,
      @Nullable String worker,
      @Nullable String rule,
      @Nullable String severity,
      @Nullable String since) {
    Severity chosen = null;
    String label = blankToNull(severity);
    if (label != null) {
      try {
        chosen = Severity.valueOf(label.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "no severity " + severity);
      }
    }
    String history = blankToNull(since);
    if (history != null
        && !history.equals(QualityFilter.NEW)
        && !history.equals(QualityFilter.OPEN)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "since is new or open");
    }
    return new QualityFilter(
        blankToNull(team), blankToNull(worker), blankToNull(rule), chosen, history, null);
  }

  /** The access log's name for the list: what was asked for (never a child's data). */
  static String describe(QualityFilter filter) {
    return describe(LIST, filter, List.of());
  }

  /** {@code list} with the filters, then {@code more} (such as "with none"), in brackets. */
  static String describe(String list, QualityFilter filter, List<String> more) {
    List<String> parts = new ArrayList<>();
    if (filter.team() != null) {
      parts.add("team " + filter.team());
    }
    if (filter.worker() != null) {
      parts.add("worker " + filter.worker());
    }
    if (filter.rule() != null) {
      parts.add("rule " + filter.rule());
    }
    Severity severity = filter.severity();
    if (severity != null) {
      parts.add("severity " + severity.label());
    }
    if (filter.since() != null) {
      parts.add("since " + filter.since());
    }
    parts.addAll(more);
    return parts.isEmpty() ? list : list + " (" + String.join(", ", parts) + ")";
  }

  /** The sums of the by-team table: every finding the login may see under the filter. */
  private static QualityGroup totals(List<QualityGroup> teams) {
    return new QualityGroup(
        "_total",
        null,
        teams.stream().mapToLong(QualityGroup::errors).sum(),
        teams.stream().mapToLong(QualityGroup::queries).sum(),
        teams.stream().mapToLong(QualityGroup::files).sum(),
        teams.stream().mapToLong(QualityGroup::total).sum(),
        // a child is held by one team (or none) on the date, so no child is counted twice
        teams.stream().mapToLong(QualityGroup::children).sum());
  }

  static String fileName(String table, @Nullable QualitySource source) {
    String name = "opencsc-data-quality-" + table;
    return source == null ? name : name + "-" + source.asAt();
  }

  private String text(String key) {
    return text(messages, key);
  }

  static String text(MessageSource messages, String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }

  static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
