package org.opencsc.ingest.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.FindingExports;
import org.opencsc.ingest.internal.LoadHistoryRepository;
import org.opencsc.security.AccessLog;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Every finding of a run, unfiltered, as a CSV file (UTF-8 with a byte order mark) or an Excel
 * workbook, written by {@link FindingExports} (which keeps spreadsheet formulas out).
 */
@Controller
@PreAuthorize(LoadHistoryAccess.MAY_VIEW)
class FindingDownloadController {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final LoadHistoryRepository history;
  private final AccessLog accessLog;

  FindingDownloadController(LoadHistoryRepository history, AccessLog accessLog) {
    this.history = history;
    this.accessLog = accessLog;
  }

  @GetMapping("/loads/{runId:\\d{1,18}}/findings.csv")
  void csv(@PathVariable long runId, HttpServletResponse response) throws IOException {
    List<Finding> findings = findings(runId);
    attachment(response, "text/csv;charset=UTF-8", runId, "csv");
    FindingExports.csv(findings, response.getOutputStream());
  }

  @GetMapping("/loads/{runId:\\d{1,18}}/findings.xlsx")
  void xlsx(@PathVariable long runId, HttpServletResponse response) throws IOException {
    List<Finding> findings = findings(runId);
    attachment(response, XLSX, runId, "xlsx");
    FindingExports.xlsx(findings, response.getOutputStream());
  }

  private List<Finding> findings(long runId) {
    LoadController.find(history, runId);
    List<Finding> findings = history.allFindings(runId);
    accessLog.exported("findings of load " + runId, findings.size());
    return findings;
  }

  /** {@code opencsc-load-12-findings.csv}: which run, and nothing about any child. */
  private static void attachment(
      HttpServletResponse response, String contentType, long runId, String extension) {
    response.setContentType(contentType);
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename("opencsc-load-" + runId + "-findings." + extension)
            .build()
            .toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
  }
}
