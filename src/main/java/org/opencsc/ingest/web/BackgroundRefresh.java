package org.opencsc.ingest.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.opencsc.database.BackgroundPriority;
import org.opencsc.ingest.IngestException;
import org.opencsc.ingest.IngestProgress;
import org.opencsc.ingest.IngestReport;
import org.opencsc.ingest.IngestService;
import org.opencsc.ingest.internal.LoadHistoryRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs a refresh started from the web on a thread of its own, so that the request that started it
 * returns at once (a national load takes minutes). One at a time: it does not start while a refresh
 * runs here or holds the refresh lock on another instance, and the run takes the lock itself.
 */
@Component
class BackgroundRefresh implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(BackgroundRefresh.class);

  /** Whether the refresh started, and the message key that says so on the load history. */
  enum Start {
    STARTED("loads.refresh.started"),
    ALREADY_RUNNING("loads.refresh.running"),
    NO_DROP_FOLDER("loads.refresh.no-folder");

    private final String messageKey;

    Start(String messageKey) {
      this.messageKey = messageKey;
    }

    String messageKey() {
      return messageKey;
    }
  }

  private final IngestService ingest;
  private final LoadHistoryRepository history;
  private final AtomicBoolean running = new AtomicBoolean();
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          task -> {
            // at the background priority, as are the threads it starts (COPY, checksums): the
            // pages keep the cores while an administrator's refresh runs in the working day
            Thread thread =
                new Thread(
                    () -> {
                      BackgroundPriority.lowerCurrentThread();
                      task.run();
                    },
                    "opencsc-web-refresh");
            thread.setDaemon(true);
            return thread;
          });

  BackgroundRefresh(IngestService ingest, LoadHistoryRepository history) {
    this.ingest = ingest;
    this.history = history;
  }

  /** Starts an import of the drop folder for {@code username}, unless it cannot start now. */
  Start start(String username) {
    Path folder = ingest.dropFolder();
    if (!Files.isDirectory(folder)) {
      return Start.NO_DROP_FOLDER;
    }
    if (!running.compareAndSet(false, true)) {
      return Start.ALREADY_RUNNING;
    }
    try {
      if (history.refreshRunning()) {
        running.set(false);
        return Start.ALREADY_RUNNING;
      }
      executor.execute(() -> run(folder, username));
      return Start.STARTED;
    } catch (RuntimeException e) {
      running.set(false);
      throw e;
    }
  }

  private void run(Path folder, String username) {
    try {
      IngestReport report =
          ingest.importDirectory(folder, "web", username, null, IngestProgress.NONE);
      log.info(
          "Refresh run {} started by {}: {} ({} errors, {} queries)",
          report.runId(),
          username,
          report.outcome(),
          report.errors(),
          report.queries());
    } catch (IngestException e) {
      log.warn("Refresh started by {} did not run: {}", username, e.getMessage());
    } catch (RuntimeException e) {
      log.error("Refresh started by {} failed", username, e);
    } finally {
      running.set(false);
    }
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
