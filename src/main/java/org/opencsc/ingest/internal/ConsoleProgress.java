package org.opencsc.ingest.internal;

import java.io.PrintWriter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;
import org.opencsc.ingest.IngestProgress;

/**
 * A run's progress for the command line, on standard error: a progress bar when the command runs on
 * a terminal, otherwise one plain timestamped line per step (cron jobs and CI logs stay readable).
 */
final class ConsoleProgress implements IngestProgress, AutoCloseable {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final boolean terminal;
  private final PrintWriter lines;
  private @Nullable ProgressBar bar;

  ConsoleProgress(PrintWriter lines) {
    this.terminal = System.console() != null;
    this.lines = lines;
  }

  @Override
  public void step(String description, long done, long total) {
    if (!terminal) {
      lines.printf(
          "%s %s (%d/%d)%n",
          LocalTime.now().format(TIME), description, Math.min(done + 1, total), total);
      lines.flush();
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
