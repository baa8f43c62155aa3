package org.opencsc.indicators;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.opencsc.OpenCscApplication;
import org.opencsc.ingest.IngestProgress;
import org.opencsc.ingest.IngestReport;
import org.opencsc.ingest.IngestService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For {@code bench/indicators}, not a test. Imports a generated council (every file: allocations
 * come from the SSD extract) into a throwaway embedded PostgreSQL, then, round after round, works
 * out every indicator at every level for the snapshot's collection year and times one drill-down
 * list: the rows behind the biggest team's numerator of each indicator.
 *
 * <p>{@code IndicatorBench ROUNDS DIR}; with the environment's {@code KEEP=true} the database under
 * {@code OPENCSC_HOME} is used and kept (the import of files it already serves is "unchanged").
 */
public final class IndicatorBench {

  /** Rows a page of a drill-down list shows. */
  private static final int PAGE = 100;

  private IndicatorBench() {}

  public static void main(String[] args) {
    int rounds = Integer.parseInt(args[0]);
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(OpenCscApplication.class)
            .web(WebApplicationType.NONE)
            .lazyInitialization(true)
            .properties(
                // KEEP=true (bench/indicators with COUNCIL_HOME): the database under OPENCSC_HOME
                // is kept, and importing the files it already serves changes nothing
                "opencsc.database.throwaway=" + !"true".equals(System.getenv("KEEP")),
                "spring.main.banner-mode=off")
            .run()) {
      IngestReport report =
          context
              .getBean(IngestService.class)
              .importDirectory(Path.of(args[1]), "cli", null, null, IngestProgress.NONE);
      IndicatorService indicators = context.getBean(IndicatorService.class);
      long children =
          context
              .getBean(JdbcClient.class)
              .sql("select count(*) from child where snapshot_id = :s")
              .param("s", indicators.servedSnapshot().snapshotId())
              .query(Long.class)
              .single();
      System.out.printf(
          "loaded   %s as at %s in %.1f s: %,d children%n",
          report.outcome(), report.asAt(), report.took().toMillis() / 1000.0, children);
      LocalDate asAt = indicators.servedSnapshot().asAt();
      Period year = Period.yearTo(asAt);
      for (int round = 1; round <= rounds; round++) {
        everyIndicator(indicators, year, round);
      }
      for (int round = 1; round <= rounds; round++) {
        long start = System.nanoTime();
        int figures = indicators.everyValue(year).size();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
            "round %d  all %d indicators at every level, several at a time: %.2f s (%,d figures;"
                + " %.0f ms per 10,000 children)%n",
            round,
            indicators.indicators().size(),
            seconds,
            figures,
            seconds * 1e3 * 10_000 / children);
      }
      drillDowns(indicators, year);
    }
  }

  private static void everyIndicator(IndicatorService indicators, Period year, int round) {
    Map<Long, String> slowest = new TreeMap<>(Comparator.reverseOrder());
    long rows = 0;
    long start = System.nanoTime();
    for (Indicator indicator : indicators.indicators()) {
      long t = System.nanoTime();
      rows += indicators.valuesAtEveryLevel(year, indicator.id()).size();
      slowest.put(System.nanoTime() - t, indicator.id());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    List<String> top = new ArrayList<>();
    slowest.entrySet().stream()
        .limit(3)
        .forEach(e -> top.add(String.format("%s %.0f ms", e.getValue(), e.getKey() / 1e6)));
    System.out.printf(
        "round %d  all %d indicators at every level, one at a time: %.2f s (%,d figures) | slowest:"
            + " %s%n",
        round, indicators.indicators().size(), seconds, rows, String.join(", ", top));
  }

  private static void drillDowns(IndicatorService indicators, Period year) {
    List<Double> first = new ArrayList<>();
    List<Double> whole = new ArrayList<>();
    List<Double> pages = new ArrayList<>();
    String worst = "";
    double worstMs = 0;
    double worstPageMs = 0;
    for (Indicator indicator : indicators.indicators()) {
      IndicatorValue biggest =
          indicators.values(year, Level.TEAM, indicator.id()).stream()
              .max(Comparator.comparing(IndicatorValue::numerator))
              .orElse(null);
      if (biggest == null) {
        continue;
      }
      for (int i = 0; i < 5; i++) {
        long t = System.nanoTime();
        int n =
            indicators
                .rows(year, indicator.id(), Level.TEAM, biggest.unitId(), Side.NUMERATOR)
                .size();
        double ms = (System.nanoTime() - t) / 1e6;
        (i == 0 ? first : whole).add(ms);
        if (i > 0 && ms > worstMs) {
          worstMs = ms;
          worst = indicator.id() + " team " + biggest.unitId() + " (" + n + " rows)";
        }
      }
      for (int i = 0; i < 4; i++) {
        long t = System.nanoTime();
        indicators.rows(
            year, indicator.id(), Level.TEAM, biggest.unitId(), Side.NUMERATOR, 0, PAGE);
        double ms = (System.nanoTime() - t) / 1e6;
        pages.add(ms);
        worstPageMs = Math.max(worstPageMs, ms);
      }
    }
    System.out.printf(
        "drill-down: one team's numerator rows, first list (works out and keeps the indicator's"
            + " rows): median %.1f ms, slowest %.1f ms%n",
        percentile(first, 0.5), percentile(first, 1.0));
    System.out.printf(
        "drill-down: kept lists, a page of %d rows with the list's length (as a page or the API"
            + " shows them), %d timed: median %.1f ms, 95th percentile %.1f ms, slowest %.1f ms%n",
        PAGE, pages.size(), percentile(pages, 0.5), percentile(pages, 0.95), worstPageMs);
    System.out.printf(
        "drill-down: kept lists, whole (as an export reads them), %d timed: median %.1f ms, 95th"
            + " percentile %.1f ms, slowest %.1f ms (%s)%n",
        whole.size(), percentile(whole, 0.5), percentile(whole, 0.95), worstMs, worst);
  }

  private static double percentile(List<Double> times, double p) {
    List<Double> sorted = times.stream().sorted().toList();
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(sorted.size() * p)));
  }
}
