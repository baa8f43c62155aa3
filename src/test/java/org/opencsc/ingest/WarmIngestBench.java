package org.opencsc.ingest;

import java.nio.file.Path;
import org.opencsc.OpenCscApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * For {@code bench/ingest-warm}, not a test: the nightly refresh as the running server does it, in
 * a JVM that has refreshed before. Starts the application (no web server) on a throwaway embedded
 * PostgreSQL, imports the folders given in turn, round after round (two folders of different files
 * alternate, so each import loads rather than finding the files already served), and prints each
 * import's own time.
 *
 * <p>{@code WarmIngestBench ROUNDS DIR...}
 */
public final class WarmIngestBench {

  private WarmIngestBench() {}

  public static void main(String[] args) {
    int rounds = Integer.parseInt(args[0]);
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(OpenCscApplication.class)
            .web(WebApplicationType.NONE)
            .lazyInitialization(true) // as the command line starts it: no web security beans
            .properties("opencsc.database.throwaway=true", "spring.main.banner-mode=off")
            .run()) {
      IngestService ingest = context.getBean(IngestService.class);
      for (int round = 1; round <= rounds; round++) {
        for (int i = 1; i < args.length; i++) {
          IngestReport report =
              ingest.importDirectory(Path.of(args[i]), "cli", null, null, IngestProgress.NONE);
          long rows = report.files().stream().mapToLong(IngestReport.FileReport::rowsRead).sum();
          long children =
              report.files().stream()
                  .filter(f -> "CIN census".equals(f.source()))
                  .mapToLong(IngestReport.FileReport::rowsRead)
                  .sum();
          double seconds = report.took().toMillis() / 1000.0;
          System.out.printf(
              "round %d  %-8s %-8s import %6.2f s | %,10d rows read | %,8d census children"
                  + " | %5.2f s per 50,000 children (linear)%n",
              round,
              Path.of(args[i]).getFileName(),
              report.outcome(),
              seconds,
              rows,
              children,
              children == 0 ? 0 : seconds * 50_000 / children);
        }
      }
    }
  }
}
