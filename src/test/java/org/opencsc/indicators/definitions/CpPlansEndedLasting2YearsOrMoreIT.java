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
 * cp_plans_ended_lasting_2_years_or_more on the plans of its data file, whose header works out
 * every figure.
 */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/cp_plans_ended_lasting_2_years_or_more.sql"
})
class CpPlansEndedLasting2YearsOrMoreIT {

  static final String ID = "cp_plans_ended_lasting_2_years_or_more";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void theShareOfPlansEndingInThePeriodThatLastedTwoYearsOrMore() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("3");
    assertThat(council.denominator()).isEqualByComparingTo("6");
    assertThat(council.value()).isEqualByComparingTo("50.0000");
  }

  @Test
  void twoYearsIsTheSecondAnniversaryOfTheStartNotADayLess() {
    List<FactRow> rows = indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.DENOMINATOR);

    // P05 ended the day before the period, P07 has not ended, P08 ends the day after it
    assertThat(rows)
        .extracting(FactRow::recordId, r -> r.numerator().intValueExact(), FactRow::detail)
        .containsExactlyInAnyOrder(
            tuple("P01", 0, "lasted 730 days; 2 years on 2024-06-15"),
            tuple("P02", 1, "lasted 731 days; 2 years on 2024-07-01"),
            tuple("P03A", 1, "lasted 731 days; 2 years on 2024-09-01"),
            tuple("P03B", 0, "lasted 0 days; 2 years on 2026-11-05"),
            tuple("P04", 1, "lasted 1541 days; 2 years on 2023-01-10"),
            tuple("P06", 0, "lasted 366 days; 2 years on 2025-04-01"));
  }

  @Test
  void eachPlanCountsForTheWorkerHoldingTheCaseWhenItEnded() {
    assertThat(figures(Level.WORKER))
        .containsExactlyInAnyOrder(
            tuple("W1", 0, 1),
            tuple("W2", 1, 1),
            tuple("W3", 1, 2),
            tuple("W4", 0, 1),
            tuple("unallocated", 1, 1));
    assertThat(figures(Level.TEAM))
        .containsExactlyInAnyOrder(
            tuple("T1", 0, 1), tuple("T2", 1, 1), tuple("T3", 1, 3), tuple("unallocated", 1, 1));
    assertThat(indicators.values(YEAR, Level.SERVICE_AREA, ID))
        .extracting(IndicatorValue::unitId, IndicatorValue::value)
        .containsExactlyInAnyOrder(
            tuple("SA1", new BigDecimal("50.0000")),
            tuple("SA2", new BigDecimal("33.3333")),
            tuple("unallocated", new BigDecimal("100.0000")));
    assertThat(indicators.rows(YEAR, ID, Level.TEAM, "T3", Side.DENOMINATOR))
        .extracting(FactRow::recordId)
        .containsExactlyInAnyOrder("P03A", "P03B", "P06");
    assertThat(indicators.rows(YEAR, ID, Level.TEAM, "T3", Side.NUMERATOR))
        .extracting(FactRow::recordId)
        .containsExactly("P03A");
  }

  private List<Tuple> figures(Level level) {
    return indicators.values(YEAR, level, ID).stream()
        .map(v -> tuple(v.unitId(), v.numerator().intValueExact(), v.denominator().intValueExact()))
        .toList();
  }
}
