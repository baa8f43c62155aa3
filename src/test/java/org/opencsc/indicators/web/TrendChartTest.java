package org.opencsc.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.indicators.Figures;
import org.opencsc.indicators.TrendChart;
import org.opencsc.indicators.TrendPoint;
import org.opencsc.indicators.UnitOfMeasure;

/** The server-drawn trend line, the change since an earlier figure, and how figures are written. */
class TrendChartTest {

  @Test
  void theLineSpansTheBoxFromTheLowestToTheHighestValue() {
    // 100 x 20 with a margin of 4: x from 4 to 96 in steps of 46, y from 16 (lowest) to 4 (highest)
    TrendChart chart =
        TrendChart.of(List.of(point(1, "10"), point(2, "30"), point(3, "20")), 100, 20);

    assertThat(chart.drawn()).isTrue();
    assertThat(chart.lines()).containsExactly("4.0,16.0 50.0,4.0 96.0,10.0");
    assertThat(chart.lastX()).isEqualTo("96.0");
    assertThat(chart.lastY()).isEqualTo("10.0");
    assertThat(chart.viewBox()).isEqualTo("0 0 100 20");
  }

  @Test
  void aMissingValueBreaksTheLineAndALonePointIsNoLine() {
    TrendChart chart =
        TrendChart.of(
            List.of(point(1, "1"), point(2, "2"), point(3, null), point(4, "3"), point(5, "4")),
            100,
            20);

    assertThat(chart.lines()).hasSize(2);
    assertThat(
            TrendChart.of(List.of(point(1, "1"), point(2, null), point(3, "2")), 100, 20).lines())
        .isEmpty();
  }

  @Test
  void fewerThanTwoValuesDrawNothingButKeepThePointsForTheTable() {
    TrendChart chart = TrendChart.of(List.of(point(1, "5")), 100, 20);

    assertThat(chart.drawn()).isFalse();
    assertThat(chart.points()).hasSize(1);
  }

  @Test
  void aFlatLineIsDrawnAcrossTheMiddle() {
    assertThat(TrendChart.of(List.of(point(1, "7"), point(2, "7")), 100, 20).lines())
        .containsExactly("4.0,10.0 96.0,10.0");
  }

  @Test
  void theChangeIsFromTheLastFigureBeforeTheDate() {
    List<TrendPoint> recorded = List.of(point(1, "20.0"), point(2, "22.5"), point(3, "30.0"));

    Change change =
        Change.since(
            new BigDecimal("21.25"), recorded, LocalDate.of(2025, 3, 1), UnitOfMeasure.PERCENT);

    assertThat(change).isNotNull();
    assertThat(change.text()).isEqualTo("-1.3");
    assertThat(change.before()).isEqualTo("22.5%");
    assertThat(change.beforeAsAt()).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(
            Change.since(BigDecimal.ONE, recorded, LocalDate.of(2025, 1, 31), UnitOfMeasure.COUNT))
        .isNull();
    assertThat(Change.since(null, recorded, LocalDate.of(2025, 3, 1), UnitOfMeasure.COUNT))
        .isNull();
  }

  @Test
  void figuresAreWrittenInTheirUnitsPrecision() {
    assertThat(Figures.value(new BigDecimal("22.6471"), UnitOfMeasure.PERCENT)).isEqualTo("22.6%");
    assertThat(Figures.value(new BigDecimal("632830"), UnitOfMeasure.COUNT)).isEqualTo("632,830");
    assertThat(Figures.value(new BigDecimal("330.25"), UnitOfMeasure.RATE_PER_10000))
        .isEqualTo("330.3");
    assertThat(Figures.value(null, UnitOfMeasure.MEAN)).isEmpty();
    assertThat(Figures.signed(new BigDecimal("3"), UnitOfMeasure.COUNT)).isEqualTo("+3");
    assertThat(Figures.signed(new BigDecimal("0.04"), UnitOfMeasure.PERCENT)).isEqualTo("0.0");
    assertThat(Figures.amount(new BigDecimal("12.5000"))).isEqualTo("12.5");
  }

  /** A month end of 2025 ({@code month} 1 = 31 January) with its value. */
  private static TrendPoint point(int month, String value) {
    LocalDate asAt = LocalDate.of(2025, month, 1).plusMonths(1).minusDays(1);
    return new TrendPoint(
        asAt,
        asAt.minusYears(1).plusDays(1),
        BigDecimal.ONE,
        BigDecimal.ONE,
        value == null ? null : new BigDecimal(value));
  }
}
