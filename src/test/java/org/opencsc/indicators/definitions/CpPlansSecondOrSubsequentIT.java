package org.opencsc.indicators.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.opencsc.indicators.FactRow;
import org.opencsc.indicators.IndicatorService;
import org.opencsc.indicators.IndicatorValue;
import org.opencsc.indicators.Level;
import org.opencsc.indicators.Period;
import org.opencsc.indicators.Side;
import org.opencsc.testsupport.OpenCscIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.transaction.annotation.Transactional;

/**
 * cp_plans_second_or_subsequent on the plans of its data file, whose header works out every figure.
 */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/cp_plans_second_or_subsequent.sql"
})
class CpPlansSecondOrSubsequentIT {

  static final String ID = "cp_plans_second_or_subsequent";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void theShareOfPlansStartingInThePeriodWhoseChildHadAPlanBefore() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("5");
    assertThat(council.denominator()).isEqualByComparingTo("8");
    assertThat(council.value()).isEqualByComparingTo("62.5000");
  }

  @Test
  void onePlanARowAndWhatMadeItSecondOrSubsequent() {
    List<FactRow> rows = indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.DENOMINATOR);

    // P02A, P05A (the day before the period) and P07 (after it) start outside the period
    assertThat(rows)
        .extracting(FactRow::recordId, r -> r.numerator().intValueExact(), FactRow::detail)
        .containsExactlyInAnyOrder(
            tuple("P01", 0, "first plan"),
            tuple("P02B", 1, "earlier plan P02A from 2021-01-01 to 2021-09-01"),
            tuple("P03", 1, "2 previous plan(s) recorded before the data"),
            tuple("P04A", 0, "first plan"),
            tuple("P04B", 1, "earlier plan P04A from 2024-04-01 to 2024-08-01"),
            tuple("P05B", 1, "earlier plan P05A from 2024-03-31 to 2024-09-30"),
            tuple("P06A", 0, "first plan"),
            tuple("P06B", 1, "earlier plan P06A from 2024-10-10 to 2024-10-10"));
    assertThat(indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.NUMERATOR))
        .extracting(FactRow::recordId)
        .containsExactlyInAnyOrder("P02B", "P03", "P04B", "P05B", "P06B");
  }

  @Test
  void eachPlanCountsForTheWorkerHoldingTheCaseWhenItStarted() {
    assertThat(figures(Level.WORKER))
        .containsExactlyInAnyOrder(
            tuple("W1", 1, 2),
            tuple("W2", 2, 3),
            tuple("W3", 0, 1),
            tuple("W4", 1, 1),
            tuple("unallocated", 1, 1));
    assertThat(figures(Level.TEAM))
        .containsExactlyInAnyOrder(
            tuple("T1", 1, 2), tuple("T2", 2, 3), tuple("T3", 1, 2), tuple("unallocated", 1, 1));
    List<IndicatorValue> areas = indicators.values(YEAR, Level.SERVICE_AREA, ID);
    assertThat(areas)
        .extracting(IndicatorValue::unitId, IndicatorValue::value)
        .containsExactlyInAnyOrder(
            tuple("SA1", new BigDecimal("60.0000")),
            tuple("SA2", new BigDecimal("50.0000")),
            tuple("unallocated", new BigDecimal("100.0000")));
    // C04's two plans: P04A under W3 (T3), P04B under W1 (T1) after the case moved
    assertThat(indicators.rows(YEAR, ID, Level.TEAM, "T1", Side.DENOMINATOR))
        .extracting(FactRow::recordId)
        .containsExactlyInAnyOrder("P01", "P04B");
    assertThat(indicators.rows(YEAR, ID, Level.TEAM, "T3", Side.NUMERATOR))
        .extracting(FactRow::recordId)
        .containsExactly("P05B");
  }

  private List<Tuple> figures(Level level) {
    return indicators.values(YEAR, level, ID).stream()
        .map(v -> tuple(v.unitId(), v.numerator().intValueExact(), v.denominator().intValueExact()))
        .toList();
  }
}
