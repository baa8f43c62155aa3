package org.opencsc.ingest.web;

import java.nio.file.Path;
import java.util.List;
import org.opencsc.ingest.IngestService;
import org.opencsc.ingest.internal.LoadHistoryRepository;
import org.opencsc.ingest.internal.LoadRun;
import org.opencsc.web.DownloadTable;
import org.opencsc.web.Downloads;
import org.opencsc.web.Pagination;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The load history: one row a run of the nightly ingest (scheduled, started here or from the
 * command line), newest first, {@value #RUNS_PER_PAGE} to a page; administrators also see the
 * "Refresh now" button ({@link RefreshController}).
 */
@Controller
@PreAuthorize(LoadHistoryAccess.MAY_VIEW)
class LoadHistoryController {

  static final int RUNS_PER_PAGE = 50;

  private final LoadHistoryRepository history;
  private final IngestService ingest;

  LoadHistoryController(LoadHistoryRepository history, IngestService ingest) {
    this.history = history;
    this.ingest = ingest;
  }

  @GetMapping("/loads")
  String loads(@RequestParam(defaultValue = "1") int page, Model model) {
    Pagination pagination = Pagination.of(page, RUNS_PER_PAGE, history.countRuns(), "/loads");
    List<LoadRun> runs = history.runs(pagination.offset(), RUNS_PER_PAGE);
    model.addAttribute("runs", runs);
    model.addAttribute("pagination", pagination);
    model.addAttribute("dropFolder", dropFolder());
    LoadPages.addTagColours(model);
    return "ingest/loads";
  }

  @GetMapping(path = "/loads", params = "format")
  ResponseEntity<byte[]> loadsDownload(@RequestParam String format) {
    List<LoadRun> runs = history.runs(0, (int) Math.min(Integer.MAX_VALUE, history.countRuns()));
    DownloadTable table =
        new DownloadTable("Load history")
            .integer("Run")
            .text("Started")
            .text("Finished")
            .integer("Seconds")
            .text("Trigger")
            .text("Started by")
            .text("Mode")
            .text("Outcome")
            .integer("Files")
            .integer("Errors")
            .integer("Queries")
            .integer("Snapshot")
            .date("Snapshot as at");
    for (LoadRun run : runs) {
      table.row(
          run.runId(),
          run.startedAt().toString(),
          run.finishedAt() == null ? null : run.finishedAt().toString(),
          run.durationSeconds(),
          run.trigger(),
          run.startedBy(),
          run.mode(),
          run.outcome(),
          run.files(),
          run.errors(),
          run.queries(),
          run.snapshotId(),
          run.snapshotAsAt());
    }
    return Downloads.of(format, table, "opencsc-load-history");
  }

  private String dropFolder() {
    Path folder = ingest.dropFolder();
    return folder.toAbsolutePath().normalize().toString();
  }
}
