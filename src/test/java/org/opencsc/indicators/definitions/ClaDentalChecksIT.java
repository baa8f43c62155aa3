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
 * cla_dental_checks on the children of {@code definitions/fixtures/cla_dental_checks.sql}, whose
 * header works out every figure.
 */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/cla_dental_checks.sql"
})
class ClaDentalChecksIT {

  static final String ID = "cla_dental_checks";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void isTheShareOfTheTwelveMonthCohortWithACheckInThePeriod() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("2");
    assertThat(council.denominator()).isEqualByComparingTo("4");
    assertThat(council.value()).isEqualByComparingTo("50");
  }

  @Test
  void eachChildCountsForTheWorkerHoldingTheCaseAtTheEnd() {
    assertThat(figures(Level.TEAM)).isEqualTo(Map.of("T3", "2/3", "unallocated", "0/1"));
  }

  @Test
  void theCohortAndTheChildrenChecked() {
    // C05 is a day short of 12 months in care, C06 left care at 18, C07 is on short breaks
    assertThat(indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.DENOMINATOR))
        .extracting(FactRow::childId)
        .containsExactlyInAnyOrder("C01", "C02", "C03", "C04");
    assertThat(indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.NUMERATOR))
        .extracting(FactRow::childId)
        .containsExactlyInAnyOrder("C01", "C02");
    // in care exactly 12 months and checked on the period's last day; a health assessment is not
    // a dental check
    assertThat(indicators.rows(YEAR, ID, Level.WORKER, "W4", Side.DENOMINATOR))
        .extracting(FactRow::childId, FactRow::inNumerator, FactRow::detail)
        .containsExactlyInAnyOrder(
            tuple("C02", true, "looked after since 2024-04-01; last dental check 2025-03-31"),
            tuple("C03", false, "looked after since 2023-03-01; no dental check in the period"));
    // checked the day before the period and the day after its end
    assertThat(
            indicators.rows(YEAR, ID, Level.TEAM, IndicatorService.UNALLOCATED, Side.DENOMINATOR))
        .extracting(FactRow::childId, FactRow::inNumerator)
        .containsExactly(tuple("C04", false));
  }

  private Map<String, String> figures(Level level) {
    return indicators.values(YEAR, level, ID).stream()
        .collect(
            Collectors.toMap(
                IndicatorValue::unitId,
                v -> v.numerator().toBigInteger() + "/" + v.denominator().toBigInteger()));
  }
}
