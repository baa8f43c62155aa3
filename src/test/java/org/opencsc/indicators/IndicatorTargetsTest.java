package org.opencsc.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What a target may be, whatever the indicator: {@link IndicatorTargets#problems}. */
class IndicatorTargetsTest {

  static final Indicator PERCENT = indicator(UnitOfMeasure.PERCENT);
  static final Indicator COUNT = indicator(UnitOfMeasure.COUNT);

  @Test
  void aPercentageTargetIsFrom0To100() {
    assertThat(problems(PERCENT, "0", "0", "agreed")).isEmpty();
    assertThat(problems(PERCENT, "100", "5", "agreed")).isEmpty();
    assertThat(problems(PERCENT, "100.0001", "0", "agreed"))
        .containsExactly(TargetProblem.PERCENT_TARGET_OVER_100);
    assertThat(problems(PERCENT, "-1", "0", "agreed"))
        .containsExactly(TargetProblem.NEGATIVE_TARGET);
  }

  @Test
  void otherUnitsHaveNoUpperLimitButNoTargetIsNegative() {
    assertThat(problems(COUNT, "250000", "1000", "agreed")).isEmpty();
    assertThat(problems(COUNT, "-0.5", "0", "agreed"))
        .containsExactly(TargetProblem.NEGATIVE_TARGET);
  }

  @Test
  void theToleranceIsNeverNegativeAndAChangeNeedsAReason() {
    assertThat(problems(COUNT, "10", "-1", " "))
        .containsExactly(TargetProblem.NEGATIVE_TOLERANCE, TargetProblem.NO_REASON);
    assertThat(problems(COUNT, "10", "0", null)).containsExactly(TargetProblem.NO_REASON);
    assertThat(problems(COUNT, "10", "0", "x".repeat(IndicatorTargets.MAX_REASON_LENGTH)))
        .isEmpty();
    assertThat(problems(COUNT, "10", "0", "x".repeat(IndicatorTargets.MAX_REASON_LENGTH + 1)))
        .containsExactly(TargetProblem.REASON_TOO_LONG);
  }

  @Test
  void eachProblemNamesItsField() {
    assertThat(TargetProblem.PERCENT_TARGET_OVER_100.field()).isEqualTo("target");
    assertThat(TargetProblem.NEGATIVE_TOLERANCE.field()).isEqualTo("tolerance");
    assertThat(TargetProblem.NO_REASON.field()).isEqualTo("reason");
  }

  private static java.util.List<TargetProblem> problems(
      Indicator indicator, String target, String tolerance, String reason) {
    return IndicatorTargets.problems(
        indicator, new BigDecimal(target), new BigDecimal(tolerance), reason);
  }

  static Indicator indicator(UnitOfMeasure unit) {
    return new Indicator(
        "test_" + unit.id(),
        "Test",
        "front-door",
        "A test indicator.",
        "none",
        "things",
        "other things",
        unit,
        Polarity.HIGHER,
        Indicator.Subject.CHILD);
  }
}
