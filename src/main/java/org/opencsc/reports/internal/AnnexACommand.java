package org.opencsc.reports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opencsc.cli.CliCommand;
import org.opencsc.council.CouncilStructureService;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.reports.AnnexAExport;
import org.opencsc.reports.AnnexAExporter;
import org.opencsc.reports.AnnexAPeriod;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annex-a}: Ofsted's Annex A workbook from the served snapshot, into a file. */
@Component
@Command(
    name = "annex-a",
    mixinStandardHelpOptions = true,
    description = {
      "Writes Ofsted's Annex A workbook (every list of the inspection template) from the served"
          + " snapshot (what import loaded), and prints the rows of each list.",
      "Exit code: 0 written, 2 could not run (no data loaded, a date the data does not reach,"
          + " a file that cannot be written)."
    })
class AnnexACommand implements CliCommand {

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "the workbook to write (.xlsx); replaced if it exists")
  @Nullable Path out;

  @Option(
      names = "--as-at",
      paramLabel = "yyyy-mm-dd",
      description = "the period's last day; default the served snapshot's date")
  @Nullable LocalDate asAt;

  @Option(
      names = "--from",
      paramLabel = "yyyy-mm-dd",
      description =
          "the period's first day; default six months before the as-at date (1 October for 31"
              + " March)")
  @Nullable LocalDate from;

  @Spec @Nullable CommandSpec spec;

  private final ObjectProvider<CouncilStructureService> council;
  private final ObjectProvider<AnnexAExporter> exporter;

  AnnexACommand(
      ObjectProvider<CouncilStructureService> council, ObjectProvider<AnnexAExporter> exporter) {
    this.council = council;
    this.exporter = exporter;
  }

  @Override
  public Integer call() {
    CommandLine commandLine = Objects.requireNonNull(spec).commandLine();
    PrintWriter err = commandLine.getErr();
    ServedSnapshot snapshot = council.getObject().servedSnapshot().orElse(null);
    if (snapshot == null) {
      err.println("opencsc annex-a: no data loaded yet: run import first");
      return 2;
    }
    List<AnnexAPeriod.Problem> problems = AnnexAPeriod.problems(snapshot, asAt, from);
    if (!problems.isEmpty()) {
      for (AnnexAPeriod.Problem problem : problems) {
        err.println("opencsc annex-a: " + message(problem, snapshot));
      }
      return 2;
    }
    AnnexAPeriod period = AnnexAPeriod.of(snapshot, asAt, from);
    Path file = Objects.requireNonNull(out).toAbsolutePath();
    AnnexAExport export;
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      try (OutputStream stream = Files.newOutputStream(file)) {
        export = exporter.getObject().write(snapshot, period, stream);
      }
    } catch (IOException e) {
      err.println("opencsc annex-a: cannot write " + file + ": " + e.getMessage());
      return 2;
    }
    PrintWriter printed = commandLine.getOut();
    printed.println(
        "Annex A from " + period.from() + " to " + period.asAt() + " written to " + file);
    for (Map.Entry<String, Long> sheet : export.rowsBySheet().entrySet()) {
      printed.println(sheet.getKey() + ": " + sheet.getValue() + " rows");
    }
    printed.flush();
    return 0;
  }

  private String message(AnnexAPeriod.Problem problem, ServedSnapshot snapshot) {
    return switch (problem) {
      case AS_AT_AFTER_SNAPSHOT ->
          "--as-at " + asAt + " is after the served snapshot's date, " + snapshot.asAt();
      case FROM_AFTER_AS_AT -> "--from " + from + " is after the as-at date";
    };
  }
}
