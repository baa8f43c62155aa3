package org.opencsc.indicators.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
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
 * cla_health_assessments on the children of {@code
 * definitions/fixtures/cla_health_assessments.sql}, whose header works out every figure.
 */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/cla_health_assessments.sql"
})
class ClaHealthAssessmentsIT {

  static final String ID = "cla_health_assessments";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void isTheShareOfTheTwelveMonthCohortWithACheckInThePeriod() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("3");
    assertThat(council.denominator()).isEqualByComparingTo("6");
    assertThat(council.value()).isEqualByComparingTo("50");
  }

  @Test
  void eachChildCountsForTheWorkerHoldingTheCaseAtTheEnd() {
    assertThat(figures(Level.TEAM))
        .isEqualTo(Map.of("T3", "2/4", "T1", "0/1", "unallocated", "1/1"));
  }

  @Test
  void theCohortAndTheChildrenChecked() {
    // C03 is a day short of 12 months in care, C07 left care at 18, C08 is on short breaks and
    // C10 came back into care after a gap
    assertThat(indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.DENOMINATOR))
        .extracting(FactRow::childId)
        .containsExactlyInAnyOrder("C01", "C02", "C04", "C05", "C06", "C09");
    assertThat(indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.NUMERATOR))
        .extracting(FactRow::childId)
        .containsExactlyInAnyOrder("C01", "C02", "C05");
    // in care exactly 12 months and assessed on the period's first day; assessed only the day
    // before the period
    assertThat(indicators.rows(YEAR, ID, Level.WORKER, "W4", Side.DENOMINATOR))
        .extracting(FactRow::childId, FactRow::inNumerator, FactRow::detail)
        .containsExactlyInAnyOrder(
            tuple("C02", true, "looked after since 2024-04-01; last health assessment 2024-04-01"),
            tuple(
                "C04", false, "looked after since 2022-06-01; no health assessment in the period"));
    // assessed on the period's last day; a dental check is not a health assessment
    assertThat(indicators.rows(YEAR, ID, Level.TEAM, IndicatorService.UNALLOCATED, Side.NUMERATOR))
        .extracting(FactRow::childId, FactRow::detail)
        .containsExactly(
            tuple("C05", "looked after since 2023-01-01; last health assessment 2025-03-31"));
    assertThat(indicators.rows(YEAR, ID, Level.TEAM, "T1", Side.DENOMINATOR))
        .extracting(FactRow::childId, FactRow::inNumerator)
        .containsExactly(tuple("C06", false));
    // episodes following one another without a gap are one period of care
    assertThat(indicators.rows(YEAR, ID, Level.WORKER, "W3", Side.DENOMINATOR))
        .extracting(FactRow::childId, FactRow::startDate)
        .containsExactlyInAnyOrder(
            tuple("C01", LocalDate.of(2020, 1, 1)), tuple("C09", LocalDate.of(2023, 5, 1)));
  }

  private Map<String, String> figures(Level level) {
    return indicators.values(YEAR, level, ID).stream()
        .collect(
            Collectors.toMap(
                IndicatorValue::unitId,
                v -> v.numerator().toBigInteger() + "/" + v.denominator().toBigInteger()));
  }
}
