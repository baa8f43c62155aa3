package org.opencsc.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opencsc.indicators.Benchmark;
import org.opencsc.indicators.Indicator;
import org.opencsc.indicators.Polarity;
import org.opencsc.indicators.UnitOfMeasure;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/**
 * The benchmark file against the indicators defined: figures of undefined indicators are left out
 * (with a warning), a percentage outside 0-100 stops the start, and the shipped file reads cleanly.
 */
class BenchmarkFileTest {

  static final Map<String, Indicator> DEFINED =
      Map.of(
          "referrals", indicator("referrals", UnitOfMeasure.COUNT),
          "re_referrals_within_12_months",
              indicator("re_referrals_within_12_months", UnitOfMeasure.PERCENT));

  @Test
  void figuresOfIndicatorsNotDefinedAreLeftOut() {
    List<Benchmark> read =
        load(
            "referrals,england,England,2024-25,632830,C1\n"
                + "no_such_indicator,england,England,2024-25,1,x\n"
                + "re_referrals_within_12_months,england,England,2024-25,22.6,C1\n");

    assertThat(read)
        .extracting(Benchmark::indicator)
        .containsExactly("referrals", "re_referrals_within_12_months");
  }

  @Test
  void aPercentageAbove100IsABadLine() {
    assertThatThrownBy(() -> load("re_referrals_within_12_months,england,England,2024-25,226,C1\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("benchmarks test.csv, line 2, field value:")
        .hasMessageContaining("from 0 to 100, not 226");
  }

  @Test
  void theShippedFileReadsAndEveryLineIsOfADefinedIndicator() {
    IndicatorCatalogue catalogue = new IndicatorCatalogue();
    Set<String> named = new HashSet<>();
    List<Benchmark> shipped =
        BenchmarkFile.load(
            BenchmarkProperties.SHIPPED,
            new ClassPathResource("org/opencsc/indicators/benchmarks.csv"),
            id -> {
              named.add(id);
              return catalogue.definition(id).map(Definition::indicator);
            });

    // nothing left out: a typo in an id would otherwise only be a warning
    assertThat(shipped.stream().map(Benchmark::indicator).collect(Collectors.toSet()))
        .isEqualTo(named);
    assertThat(shipped)
        .filteredOn(b -> b.areaType() == Benchmark.AreaType.ENGLAND)
        .allSatisfy(b -> assertThat(b.areaName()).isEqualTo("England"))
        .extracting(Benchmark::indicator)
        .contains("referrals", "re_referrals_within_12_months", "turnover_rate");
    assertThat(shipped)
        .filteredOn(b -> b.areaType() == Benchmark.AreaType.REGION)
        .extracting(Benchmark::areaName)
        .isSubsetOf(
            "North East",
            "North West",
            "Yorkshire and The Humber",
            "East Midlands",
            "West Midlands",
            "East of England",
            "London",
            "South East",
            "South West");
    assertThat(shipped).allSatisfy(b -> assertThat(b.source()).isNotBlank());
  }

  private static List<Benchmark> load(String lines) {
    String csv = BenchmarkCsvTest.HEADER + lines;
    return BenchmarkFile.load(
        "test.csv",
        new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)),
        id -> Optional.ofNullable(DEFINED.get(id)));
  }

  static Indicator indicator(String id, UnitOfMeasure unit) {
    return new Indicator(
        id,
        id,
        "front-door",
        "A test indicator.",
        "none",
        "things",
        "other things",
        unit,
        Polarity.NEITHER,
        Indicator.Subject.CHILD);
  }
}
