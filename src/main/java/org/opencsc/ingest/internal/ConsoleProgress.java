package org.opencsc.ingest.internal;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;
import org.opencsc.ingest.IngestProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run's progress for the command line: a progress bar when standard output is a terminal,
 * otherwise one log line per step (cron jobs and CI logs stay readable).
 */
final class ConsoleProgress implements IngestProgress, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ConsoleProgress.class);

  private final boolean terminal;
  private @Nullable ProgressBar bar;

  ConsoleProgress() {
    this.terminal = System.console() != null;
  }

  @Override
  public void step(String description, long done, long total) {
    if (!terminal) {
      log.info("{} ({}/{})", description, done + 1 > total ? total : done + 1, total);
      return;
    }
    if (bar == null || bar.getMax() != total) {
      close();
      bar =
          new ProgressBarBuilder()
              .setTaskName("opencsc")
              .setInitialMax(total)
              .setStyle(ProgressBarStyle.ASCII)
              .continuousUpdate()
              .build();
    }
    bar.stepTo(done);
    bar.setExtraMessage(description);
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.stepTo(bar.getMax());
      bar.close();
      bar = null;
    }
  }
}
