package org.opencsc.generator.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.opencsc.cli.CliCommand;
import org.opencsc.generator.CouncilLoaded;
import org.opencsc.generator.CouncilSimulation;
import org.opencsc.generator.CouncilSize;
import org.opencsc.generator.GeneratorService;
import org.opencsc.generator.GeneratorSettings;
import org.opencsc.generator.LoadFailedException;
import org.opencsc.generator.ReturnsWritten;
import org.opencsc.generator.model.SyntheticCouncil;
import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code generate}: a synthetic council, written as statutory returns and/or loaded. */
@Component
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Generates a synthetic council, deterministic from its seed.",
      "Writes its SSDA903 CSVs, CIN census XML, Standard Safeguarding Dataset CSVs, workforce"
          + " census CSVs and Ofsted Annex A workbook to --out DIR and/or loads it into the database"
          + " as a new served snapshot"
          + " (--load)."
    })
class GenerateCommand implements CliCommand {

  @Option(
      names = "--size",
      defaultValue = "small",
      description =
          "small (~1,000 children), large (~20,000), benchmark (~50,000) or national;"
              + " default ${DEFAULT-VALUE}")
  String size = "small";

  @Option(names = "--seed", defaultValue = "1", description = "random seed; default 1")
  long seed = 1;

  @Option(
      names = "--as-at",
      paramLabel = "yyyy-mm-dd",
      description = "the extract date; default 2026-03-31 (end of the 2025-26 collection year)")
  @Nullable LocalDate asAt;

  @Option(names = "--out", paramLabel = "DIR", description = "write the returns under DIR")
  @Nullable Path out;

  @Option(names = "--load", description = "load the council into the database and serve it")
  boolean load;

  @Spec @Nullable CommandSpec spec;

  private final GeneratorService service;
  private final CouncilSimulation simulation;

  GenerateCommand(GeneratorService service, CouncilSimulation simulation) {
    this.service = service;
    this.simulation = simulation;
  }

  /** The load's part of the summary, or null when it failed (the reason is printed). */
  private @Nullable String load(
      SyntheticCouncil council, GeneratorSettings settings, CommandLine commandLine) {
    try {
      CouncilLoaded loaded = service.load(council, settings);
      return String.format(
          Locale.ROOT, "; loaded snapshot %d (%,d rows)", loaded.snapshotId(), loaded.totalRows());
    } catch (LoadFailedException e) {
      commandLine.getErr().println("opencsc generate: " + e.getMessage());
      return null;
    }
  }

  /** Waits for the returns; a failure to write them is rethrown as it was thrown. */
  private static ReturnsWritten written(Future<ReturnsWritten> returns) {
    try {
      return returns.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing the returns", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public Integer call() {
    var commandLine = java.util.Objects.requireNonNull(spec).commandLine();
    if (out == null && !load) {
      throw new ParameterException(commandLine, "give --out DIR, --load, or both");
    }
    GeneratorSettings settings =
        new GeneratorSettings(
            parseSize(commandLine), seed, asAt == null ? GeneratorSettings.DEFAULT_AS_AT : asAt);
    long started = System.nanoTime();
    SyntheticCouncil council = simulation.simulate(settings);
    StringBuilder summary = new StringBuilder();
    summary.append(String.format(Locale.ROOT, "%,d children", council.childCount()));
    // The returns are written while the council loads: the load keeps one core busy in PostgreSQL
    // for most of its time, and writing needs the other.
    ExecutorService writer = Executors.newSingleThreadExecutor();
    try {
      Future<ReturnsWritten> returns =
          out == null ? null : writer.submit(() -> service.writeReturns(council, settings, out));
      String loaded = load ? load(council, settings, commandLine) : "";
      if (returns != null) {
        summary.append("; ").append(describe(written(returns)));
      }
      if (loaded == null) {
        return 2;
      }
      summary.append(loaded);
    } finally {
      writer.shutdownNow();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    commandLine
        .getOut()
        .println(
            String.format(
                Locale.ROOT,
                "generated %s in %.1f s, peak heap at most %d MiB",
                summary,
                seconds,
                peakHeapMib()));
    return 0;
  }

  /** An upper bound of the most heap in use at once: the sum of each heap pool's own peak. */
  private static long peakHeapMib() {
    return java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
            .mapToLong(pool -> pool.getPeakUsage().getUsed())
            .sum()
        >> 20;
  }

  private CouncilSize parseSize(picocli.CommandLine commandLine) {
    try {
      return CouncilSize.valueOf(size.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          commandLine, "--size must be small, large, benchmark or national, not '" + size + "'");
    }
  }

  private static String describe(ReturnsWritten returns) {
    String rows =
        returns.ssda903Rows().entrySet().stream()
            .map(e -> e.getKey().replace(".csv", "") + " " + e.getValue())
            .collect(Collectors.joining(", "));
    return String.format(
        Locale.ROOT,
        "SSDA903 %,d children (%s); CIN census %,d children; SSD %,d persons, %,d involvements;"
            + " workforce census %,d workers; Annex A %,d rows; written to %s",
        returns.ssda903Children(),
        rows,
        returns.cinChildren(),
        returns.ssdRows().getOrDefault("ssd_person.csv", 0),
        returns.ssdRows().getOrDefault("ssd_involvements.csv", 0),
        returns.cswwRows().getOrDefault("csww_worker.csv", 0),
        returns.annexARows().values().stream().mapToInt(Integer::intValue).sum(),
        returns.directory());
  }
}
