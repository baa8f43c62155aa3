package org.opencsc.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.opencsc.council.CouncilProperties;
import org.opencsc.indicators.Benchmark.AreaType;
import org.opencsc.indicators.internal.BenchmarkFile;

/**
 * {@link Benchmarks#comparisons} worked by hand on three indicators: assessments on time (a
 * percentage, higher is better, target 85 give or take 5), agency workers (a percentage, lower is
 * better, target 15 give or take 2) and referrals (a count, neither way better).
 */
class ComparisonTest {

  static final Period YEAR_TO_MARCH_2025 = Period.yearTo(LocalDate.of(2025, 3, 31));

  static final Indicator ON_TIME = indicator("on_time", UnitOfMeasure.PERCENT, Polarity.HIGHER);
  static final Indicator AGENCY = indicator("agency", UnitOfMeasure.PERCENT, Polarity.LOWER);
  static final Indicator REFERRALS = indicator("referrals", UnitOfMeasure.COUNT, Polarity.NEITHER);

  static final List<Benchmark> FILE =
      List.of(
          benchmark("on_time", AreaType.ENGLAND, "England", "2024-25", "85.7"),
          benchmark("on_time", AreaType.ENGLAND, "England", "2023-24", "84"),
          benchmark("on_time", AreaType.ENGLAND, "England", "2025-26", "86"),
          benchmark("on_time", AreaType.REGION, "East Midlands", "2024-25", "91.0"),
          benchmark("on_time", AreaType.REGION, "North East", "2024-25", "86.5"),
          benchmark("on_time", AreaType.STATISTICAL_NEIGHBOURS, "Nottingham", "2023-24", "80"),
          benchmark("agency", AreaType.ENGLAND, "England", "2023", "17.8"),
          benchmark("agency", AreaType.ENGLAND, "England", "2025", "13.0"),
          benchmark("referrals", AreaType.ENGLAND, "England", "2024-25", "632830"));

  @Test
  void eachIndicatorBesideItsTargetRagAndBenchmarks() {
    Benchmarks benchmarks = benchmarks(new CouncilProperties("Test", null, "East Midlands", null));

    List<Comparison> comparisons = benchmarks.comparisons(YEAR_TO_MARCH_2025);

    assertThat(comparisons)
        .extracting(Comparison::indicator)
        .containsExactly("on_time", "agency", "referrals");
    Comparison onTime = comparisons.get(0);
    // 82 is below 85 by 3, within the tolerance of 5: amber
    assertThat(onTime.rag()).isEqualTo(Rag.AMBER);
    assertThat(onTime.target()).isEqualByComparingTo("85");
    // the benchmark of the period's collection year, not the later one
    assertThat(onTime.england().year()).isEqualTo("2024-25");
    assertThat(onTime.england().difference()).isEqualByComparingTo("-3.7");
    assertThat(onTime.region().areaName()).isEqualTo("East Midlands");
    assertThat(onTime.region().difference()).isEqualByComparingTo("-9");
    assertThat(onTime.statisticalNeighbours()).isNull();

    Comparison agency = comparisons.get(1);
    // 18 is above 15 by 3, beyond the tolerance of 2: red
    assertThat(agency.rag()).isEqualTo(Rag.RED);
    // no 2024-25 figure: the latest (the workforce census's 2025)
    assertThat(agency.england().year()).isEqualTo("2025");
    assertThat(agency.england().difference()).isEqualByComparingTo("5");
    assertThat(agency.region()).isNull();

    Comparison referrals = comparisons.get(2);
    assertThat(referrals.rag()).isEqualTo(Rag.NONE);
    assertThat(referrals.value()).isEqualByComparingTo("500");
    assertThat(referrals.england().value()).isEqualByComparingTo("632830");
    assertThat(referrals.england().difference()).isNull();
  }

  @Test
  void statisticalNeighboursWhenConfiguredAndNoRegionWhenNot() {
    Benchmarks benchmarks = benchmarks(new CouncilProperties("Test", null, null, "nottingham"));

    Comparison onTime = benchmarks.comparisons(YEAR_TO_MARCH_2025).get(0);

    assertThat(onTime.region()).isNull();
    assertThat(onTime.statisticalNeighbours().areaName()).isEqualTo("Nottingham");
    assertThat(onTime.statisticalNeighbours().year()).isEqualTo("2023-24");
    assertThat(onTime.statisticalNeighbours().difference()).isEqualByComparingTo("2");
  }

  @Test
  void anIndicatorWithoutAValueHasNoRagAndNoDifference() {
    IndicatorService indicators = mock(IndicatorService.class);
    when(indicators.indicators()).thenReturn(List.of(ON_TIME));
    when(indicators.values(YEAR_TO_MARCH_2025, Level.COUNCIL)).thenReturn(List.of());
    IndicatorTargets targets = mock(IndicatorTargets.class);
    when(targets.targets()).thenReturn(Map.of("on_time", target("on_time", "85", "5")));

    Comparison onTime =
        new Benchmarks(file(), indicators, targets, new CouncilProperties("T", null, null, null))
            .comparisons(YEAR_TO_MARCH_2025)
            .get(0);

    assertThat(onTime.value()).isNull();
    assertThat(onTime.rag()).isEqualTo(Rag.NONE);
    assertThat(onTime.england().difference()).isNull();
  }

  @Test
  void ofListsEnglandThenRegionsThenNeighboursNewestFirst() {
    Benchmarks benchmarks = benchmarks(new CouncilProperties("Test", null, null, null));

    assertThat(benchmarks.of("on_time"))
        .extracting(b -> b.areaName() + " " + b.year())
        .containsExactly(
            "England 2025-26",
            "England 2024-25",
            "England 2023-24",
            "East Midlands 2024-25",
            "North East 2024-25",
            "Nottingham 2023-24");
    assertThat(benchmarks.of("nothing")).isEmpty();
  }

  private static Benchmarks benchmarks(CouncilProperties council) {
    IndicatorService indicators = mock(IndicatorService.class);
    when(indicators.indicators()).thenReturn(List.of(ON_TIME, AGENCY, REFERRALS));
    when(indicators.values(YEAR_TO_MARCH_2025, Level.COUNCIL))
        .thenReturn(
            List.of(value("on_time", "82"), value("agency", "18"), value("referrals", "500")));
    IndicatorTargets targets = mock(IndicatorTargets.class);
    when(targets.targets())
        .thenReturn(
            Map.of(
                "on_time", target("on_time", "85", "5"),
                "agency", target("agency", "15", "2"),
                "referrals", target("referrals", "450", "10")));
    return new Benchmarks(file(), indicators, targets, council);
  }

  private static BenchmarkFile file() {
    BenchmarkFile file = mock(BenchmarkFile.class);
    when(file.benchmarks()).thenReturn(FILE);
    return file;
  }

  private static Target target(String indicator, String target, String tolerance) {
    Target t = RagTest.target(target, tolerance);
    return new Target(indicator, t.target(), t.amberTolerance(), t.changedBy(), t.changedAt());
  }

  private static IndicatorValue value(String indicator, @Nullable String value) {
    LocalDate asAt = YEAR_TO_MARCH_2025.asAt();
    return new IndicatorValue(
        indicator,
        "council",
        "council",
        "Test",
        BigDecimal.ONE,
        BigDecimal.ONE,
        value == null ? null : new BigDecimal(value),
        "percent",
        asAt,
        YEAR_TO_MARCH_2025.start(),
        asAt);
  }

  private static Benchmark benchmark(
      String indicator, AreaType type, String name, String year, String value) {
    return new Benchmark(indicator, type, name, year, new BigDecimal(value), "test");
  }

  private static Indicator indicator(String id, UnitOfMeasure unit, Polarity polarity) {
    return new Indicator(
        id,
        id,
        "front-door",
        "A test indicator.",
        "none",
        "things",
        "other things",
        unit,
        polarity,
        Indicator.Subject.CHILD);
  }
}
