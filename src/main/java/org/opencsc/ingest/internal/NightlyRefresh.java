package org.opencsc.ingest.internal;

import java.nio.file.Files;
import org.opencsc.ingest.IngestException;
import org.opencsc.ingest.IngestProgress;
import org.opencsc.ingest.IngestProperties;
import org.opencsc.ingest.IngestReport;
import org.opencsc.ingest.IngestService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Imports the drop folder at {@code opencsc.ingest.cron} (02:30 every night unless configured), in
 * the web application only (commands run once and exit). When several instances share a database,
 * the first to take the refresh lock runs; the others log that one was already running.
 */
@Component
@ConditionalOnWebApplication
class NightlyRefresh {

  private static final Logger log = LoggerFactory.getLogger(NightlyRefresh.class);

  private final IngestService ingest;
  private final IngestProperties properties;

  NightlyRefresh(IngestService ingest, IngestProperties properties) {
    this.ingest = ingest;
    this.properties = properties;
  }

  @Scheduled(cron = "${opencsc.ingest.cron:0 30 2 * * *}")
  void run() {
    if (!Files.isDirectory(properties.dropFolder())) {
      log.warn(
          "Nightly refresh skipped: the drop folder {} does not exist",
          properties.dropFolder().toAbsolutePath());
      return;
    }
    try {
      IngestReport report =
          ingest.importDirectory(
              properties.dropFolder(), "schedule", null, null, IngestProgress.NONE);
      log.info(
          "Nightly refresh run {}: {} ({} errors, {} queries){}",
          report.runId(),
          report.outcome(),
          report.errors(),
          report.queries(),
          report.message() == null ? "" : ": " + report.message());
    } catch (IngestException e) {
      log.warn("Nightly refresh not run: {}", e.getMessage());
    }
  }
}
