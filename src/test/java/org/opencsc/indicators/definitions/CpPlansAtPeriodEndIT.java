package org.opencsc.indicators.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opencsc.indicators.Attribution;
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

/** cp_plans_at_period_end on the children of its data file, whose header works out every figure. */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/cp_plans_at_period_end.sql"
})
class CpPlansAtPeriodEndIT {

  static final String ID = "cp_plans_at_period_end";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void countsTheChildrenWhosePlanIsOpenOnTheLastDay() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("5");
    assertThat(council.value()).isEqualByComparingTo("5");
    assertThat(council.unitOfMeasure()).isEqualTo("count");
  }

  @Test
  void theRowsAreOnePerChildWithThePlanOpenThatDay() {
    // C02's plan ends on 31 March itself, C05's starts and ends that day, C08's and C09's ended
    // earlier in the year: none is open at the end of 31 March; C06 counts once, for P06B
    assertThat(indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.NUMERATOR))
        .extracting(FactRow::childId, FactRow::recordId)
        .containsExactlyInAnyOrder(
            tuple("C01", "P01"),
            tuple("C03", "P03"),
            tuple("C04", "P04"),
            tuple("C06", "P06B"),
            tuple("C07", "P07"));
    assertThat(indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.DENOMINATOR)).isEmpty();
  }

  @Test
  void eachChildCountsForTheWorkerHoldingTheCaseOnTheLastDay() {
    assertThat(numerators(YEAR, Level.WORKER))
        .isEqualTo(Map.of("W1", 1L, "W2", 2L, "W4", 1L, "unallocated", 1L));
    assertThat(numerators(YEAR, Level.TEAM))
        .isEqualTo(Map.of("T1", 1L, "T2", 2L, "T3", 1L, "unallocated", 1L));
    assertThat(numerators(YEAR, Level.SERVICE_AREA))
        .isEqualTo(Map.of("SA1", 3L, "SA2", 1L, "unallocated", 1L));
    assertThat(indicators.rows(YEAR, ID, Level.TEAM, "T2", Side.NUMERATOR))
        .extracting(FactRow::childId)
        .containsExactlyInAnyOrder("C03", "C07");
    assertThat(indicators.rows(YEAR, ID, Level.WORKER, "W4", Side.NUMERATOR))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.childId()).isEqualTo("C06");
              assertThat(row.eventDate()).isEqualTo(LocalDate.of(2025, 3, 31));
              assertThat(row.detail())
                  .isEqualTo("on a plan since 2024-11-15 (136 days); latest category MUL");
            });
  }

  @Test
  void anEarlierAsAtDateCountsThePlansOpenThen() {
    Period december = Period.of(LocalDate.of(2024, 12, 31), null, Attribution.EVENT);

    assertThat(numerators(december, Level.COUNCIL)).isEqualTo(Map.of("council", 6L));
    assertThat(indicators.rows(december, ID, Level.COUNCIL, "council", Side.NUMERATOR))
        .extracting(FactRow::childId)
        .containsExactlyInAnyOrder("C01", "C02", "C03", "C06", "C07", "C09");
    assertThat(numerators(december, Level.WORKER))
        .isEqualTo(Map.of("W1", 1L, "W2", 2L, "W3", 1L, "unallocated", 2L));
  }

  private Map<String, Long> numerators(Period period, Level level) {
    return indicators.values(period, level, ID).stream()
        .collect(Collectors.toMap(IndicatorValue::unitId, v -> v.numerator().longValueExact()));
  }
}
