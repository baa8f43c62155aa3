package org.opencsc.improvement.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.indicators.Indicator;
import org.opencsc.indicators.Polarity;
import org.opencsc.indicators.TrendPoint;
import org.opencsc.indicators.UnitOfMeasure;

/** An action's impact: baseline at the start, latest now, better or worse by polarity. */
class ImpactTest {

  static final List<TrendPoint> TREND =
      List.of(point("2025-01-31", "60"), point("2025-02-28", "62"), point("2025-03-31", "65"));

  @Test
  void theBaselineIsTheLastMonthEndOnOrBeforeTheStart() {
    Impact impact = Impact.of(indicator(Polarity.HIGHER), TREND, LocalDate.of(2025, 2, 28));

    assertThat(impact.baseline().asAt()).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(impact.latest().asAt()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(impact.change()).isEqualByComparingTo("3");
    assertThat(impact.verdict()).isEqualTo("better");
    assertThat(impact.chart().points()).hasSize(2);
  }

  @Test
  void anActionStartedBeforeAnythingWasRecordedStartsFromTheFirstFigure() {
    Impact impact = Impact.of(indicator(Polarity.LOWER), TREND, LocalDate.of(2024, 6, 1));

    assertThat(impact.baseline().asAt()).isEqualTo(LocalDate.of(2025, 1, 31));
    assertThat(impact.change()).isEqualByComparingTo("5");
    assertThat(impact.verdict()).isEqualTo("worse");
  }

  @Test
  void oneFigureOrNoneIsNoChange() {
    assertThat(Impact.of(indicator(Polarity.HIGHER), TREND, LocalDate.of(2025, 4, 15)).verdict())
        .isEqualTo("none");
    assertThat(
            Impact.of(indicator(Polarity.HIGHER), List.of(), LocalDate.of(2025, 4, 15)).baseline())
        .isNull();
  }

  @Test
  void theVerdictFollowsThePolarity() {
    assertThat(Impact.verdict(Polarity.LOWER, new BigDecimal("-1"))).isEqualTo("better");
    assertThat(Impact.verdict(Polarity.HIGHER, new BigDecimal("-1"))).isEqualTo("worse");
    assertThat(Impact.verdict(Polarity.NEITHER, new BigDecimal("2"))).isEqualTo("neither");
    assertThat(Impact.verdict(Polarity.LOWER, BigDecimal.ZERO)).isEqualTo("same");
  }

  private static Indicator indicator(Polarity polarity) {
    return new Indicator(
        "x",
        "X",
        "g",
        "d",
        "s",
        "n",
        "d",
        UnitOfMeasure.PERCENT,
        polarity,
        Indicator.Subject.CHILD);
  }

  private static TrendPoint point(String asAt, String value) {
    LocalDate at = LocalDate.parse(asAt);
    return new TrendPoint(
        at,
        at.minusYears(1).plusDays(1),
        new BigDecimal(value),
        BigDecimal.valueOf(100),
        new BigDecimal(value));
  }
}
