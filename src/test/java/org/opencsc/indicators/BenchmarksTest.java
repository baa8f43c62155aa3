package org.opencsc.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The years benchmarks are given for, and which collection year a period falls in. */
class BenchmarksTest {

  @Test
  void aPeriodEndingByTheEndOfMarchIsInTheYearToThatMarch() {
    assertThat(Benchmarks.collectionYear(LocalDate.of(2025, 3, 31))).isEqualTo("2024-25");
    assertThat(Benchmarks.collectionYear(LocalDate.of(2025, 4, 1))).isEqualTo("2025-26");
    assertThat(Benchmarks.collectionYear(LocalDate.of(2024, 12, 31))).isEqualTo("2024-25");
    assertThat(Benchmarks.collectionYear(LocalDate.of(1999, 6, 30))).isEqualTo("1999-00");
  }

  @Test
  void yearsAreCollectionYearsOrReportingYears() {
    assertThat(Benchmark.isYear("2024-25")).isTrue();
    assertThat(Benchmark.isYear("1999-00")).isTrue();
    assertThat(Benchmark.isYear("2025")).isTrue();
    assertThat(Benchmark.isYear("2024-26")).isFalse();
    assertThat(Benchmark.isYear("2024/25")).isFalse();
    assertThat(Benchmark.isYear("24-25")).isFalse();
    assertThat(benchmark("2024-25").endYear()).isEqualTo(2025);
    assertThat(benchmark("2025").endYear()).isEqualTo(2025);
    assertThatThrownBy(() -> benchmark("FY25"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FY25");
  }

  private static Benchmark benchmark(String year) {
    return new Benchmark(
        "referrals", Benchmark.AreaType.ENGLAND, "England", year, BigDecimal.TEN, "test");
  }
}
