package org.opencsc.ingest.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.FindingExports;
import org.opencsc.ingest.IngestException;
import org.opencsc.ingest.IngestProgress;
import org.opencsc.ingest.IngestReport;
import picocli.CommandLine;

/**
 * What the validate and import commands print: a summary, then the first findings, those about a
 * whole file first.
 */
final class IngestCommands {

  static final int SHOWN = 20;

  private IngestCommands() {}

  /**
   * Runs {@code ingest} as the command {@code name} does: progress on standard error, the summary
   * on standard output, the findings to {@code csv} if given.
   *
   * @return the exit code: the report's, or 2 when the run could not start
   */
  static int run(
      CommandLine commandLine,
      String name,
      @Nullable Path csv,
      Function<IngestProgress, IngestReport> ingest) {
    try (ConsoleProgress progress = new ConsoleProgress(commandLine.getErr())) {
      IngestReport report = ingest.apply(progress);
      progress.close();
      print(report, commandLine.getOut());
      if (csv != null) {
        writeCsv(report, csv);
      }
      return report.exitCode();
    } catch (IngestException e) {
      commandLine.getErr().println("opencsc " + name + ": " + e.getMessage());
      return 2;
    }
  }

  /** Who runs the command, for the load history. */
  static String user() {
    return System.getProperty("user.name", "unknown");
  }

  static void print(IngestReport report, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%s: %d file(s), as at %s (collection year %s), %d error(s), %d query(ies) in %.1f s%n",
        report.outcome(),
        report.files().size(),
        report.asAt(),
        report.collectionYear(),
        report.errors(),
        report.queries(),
        report.took().toMillis() / 1000.0);
    for (IngestReport.FileReport file : report.files()) {
      out.printf(
          Locale.ROOT,
          "  %-40s %-28s %,9d rows read %,7d rejected%n",
          file.name(),
          file.source() == null ? "not recognised" : file.source(),
          file.rowsRead(),
          file.rowsRejected());
    }
    if (report.message() != null) {
      out.println(report.message());
    }
    // findings about whole files (and the return as a whole: rules that did not run) first, so
    // that thousands of row findings do not hide them
    report.findings().stream()
        .sorted(Comparator.comparing((Finding f) -> f.row() != null))
        .limit(SHOWN)
        .map(Finding::describe)
        .forEach(out::println);
    long more = report.findings().size() - SHOWN + report.findingsLeftOut();
    if (more > 0) {
      out.printf(Locale.ROOT, "… and %,d more finding(s)%n", more);
    }
    out.flush();
  }

  static void writeCsv(IngestReport report, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      FindingExports.csv(report.findings(), out);
    } catch (IOException e) {
      throw new IngestException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
