package org.opencsc.ingest.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.internal.FindingCount;
import org.opencsc.ingest.internal.FindingFilter;
import org.opencsc.ingest.internal.LoadFile;
import org.opencsc.ingest.internal.LoadHistoryRepository;
import org.opencsc.ingest.internal.TableCount;
import org.opencsc.security.AccessLog;
import org.opencsc.web.DownloadTable;
import org.opencsc.web.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The tables of a run's page ({@link LoadController}) as CSV or Excel, each with the page's column
 * headings in the page's order: the findings list from the page's own address with its severity and
 * rule filters ({@code /loads/12?severity=error&format=csv}), the other tables from a sibling path
 * named after the table ({@code /loads/12/files?format=xlsx}). The findings name children, so their
 * download is in the access log; the files, the rows loaded and the counts by rule do not.
 */
@Controller
@PreAuthorize(LoadHistoryAccess.MAY_VIEW)
class LoadDownloadController {

  private final LoadHistoryRepository history;
  private final AccessLog accessLog;
  private final MessageSource messages;

  LoadDownloadController(
      LoadHistoryRepository history, AccessLog accessLog, MessageSource messages) {
    this.history = history;
    this.accessLog = accessLog;
    this.messages = messages;
  }

  @GetMapping(path = "/loads/{runId:\\d{1,18}}", params = "format")
  ResponseEntity<byte[]> findings(
      @PathVariable long runId,
      @RequestParam String format,
      @RequestParam(required = false) @Nullable String severity,
      @RequestParam(required = false) @Nullable String rule) {
    LoadController.find(history, runId);
    FindingFilter filter = LoadController.filter(severity, rule);
    List<Finding> findings = history.allFindings(runId, filter);
    DownloadTable table =
        new DownloadTable(text("load.findings"))
            .text(text("load.finding.file"))
            .integer(text("load.finding.row"))
            .text(text("load.finding.child"))
            .text(text("load.finding.field"))
            .text(text("load.finding.value"))
            .text(text("load.finding.severity"))
            .text(text("load.finding.rule"))
            .text(text("load.finding.message"));
    for (Finding f : findings) {
      table.row(
          f.file(),
          f.row(),
          f.childId(),
          f.field(),
          f.value(),
          text("load.severity." + f.severity().label()),
          f.rule(),
          f.message());
    }
    accessLog.exported(LoadController.describe(runId, filter), findings.size());
    return Downloads.of(
        format, table, file(runId, filter.isAll() ? "findings" : "findings-filtered"));
  }

  @GetMapping(path = "/loads/{runId:\\d{1,18}}/files", params = "format")
  ResponseEntity<byte[]> files(@PathVariable long runId, @RequestParam String format) {
    LoadController.find(history, runId);
    DownloadTable table =
        new DownloadTable(text("load.files"))
            .text(text("load.file.name"))
            .text(text("load.file.source"))
            .integer(text("load.file.size"))
            .text(text("load.file.sha256"))
            .integer(text("load.file.rows-read"))
            .integer(text("load.file.rows-rejected"));
    for (LoadFile f : history.files(runId)) {
      table.row(
          f.fileName(),
          f.source() != null ? f.source() : text("load.file.not-recognised"),
          f.sizeBytes(),
          f.sha256(),
          f.rowsRead(),
          f.rowsRejected());
    }
    return Downloads.of(format, table, file(runId, "files"));
  }

  @GetMapping(path = "/loads/{runId:\\d{1,18}}/tables", params = "format")
  ResponseEntity<byte[]> tables(@PathVariable long runId, @RequestParam String format) {
    LoadController.find(history, runId);
    DownloadTable table =
        new DownloadTable(text("load.tables"))
            .text(text("load.table.name"))
            .integer(text("load.table.rows"));
    for (TableCount count : history.tableCounts(runId)) {
      table.row(count.tableName(), count.rowsLoaded());
    }
    return Downloads.of(format, table, file(runId, "rows-loaded"));
  }

  @GetMapping(path = "/loads/{runId:\\d{1,18}}/finding-counts", params = "format")
  ResponseEntity<byte[]> findingCounts(@PathVariable long runId, @RequestParam String format) {
    LoadController.find(history, runId);
    DownloadTable table =
        new DownloadTable(text("load.finding-counts"))
            .text(text("load.finding.rule"))
            .text(text("load.finding.severity"))
            .integer(text("load.finding-counts.findings"));
    for (FindingCount count : history.findingCounts(runId)) {
      table.row(count.rule(), text("load.severity." + count.severity()), count.findings());
    }
    return Downloads.of(format, table, file(runId, "findings-by-rule"));
  }

  /** {@code opencsc-load-12-files}: which run and which table, nothing about any child. */
  private static String file(long runId, String table) {
    return "opencsc-load-" + runId + "-" + table;
  }

  private String text(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }
}
