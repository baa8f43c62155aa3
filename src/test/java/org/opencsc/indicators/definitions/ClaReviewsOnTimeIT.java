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
 * cla_reviews_on_time on the children of {@code definitions/fixtures/cla_reviews_on_time.sql},
 * whose header works out every figure.
 */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/cla_reviews_on_time.sql"
})
class ClaReviewsOnTimeIT {

  static final String ID = "cla_reviews_on_time";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void isTheShareOfChildrenWhoseReviewsDueInThePeriodWereAllOnTime() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("4");
    assertThat(council.denominator()).isEqualByComparingTo("7");
    assertThat(council.value()).isEqualByComparingTo("57.1429");
  }

  @Test
  void eachChildCountsForTheWorkerHoldingTheCaseAtTheEnd() {
    assertThat(figures(Level.TEAM))
        .isEqualTo(Map.of("T3", "2/4", "T1", "0/1", "unallocated", "2/2"));
    assertThat(figures(Level.WORKER))
        .isEqualTo(Map.of("W3", "2/2", "W4", "0/2", "W1", "0/1", "unallocated", "2/2"));
  }

  @Test
  void theFirstReviewIsDueTwentyWorkingDaysOnAcrossChristmasAndEaster() {
    // C06 has no review due yet, C08 left care at 18, C09 is on short breaks
    assertThat(indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.DENOMINATOR))
        .extracting(FactRow::childId)
        .containsExactlyInAnyOrder("C01", "C02", "C03", "C04", "C05", "C07", "C10");
    assertThat(indicators.rows(YEAR, ID, Level.TEAM, "T3", Side.DENOMINATOR))
        .extracting(FactRow::childId, FactRow::inNumerator, FactRow::detail)
        .containsExactlyInAnyOrder(
            tuple("C01", true, "1 review due in the period, all on time"),
            tuple("C02", false, "late: review 1 due by 2025-01-16 held 2025-01-17"),
            tuple("C03", false, "late: review 4 due by 2024-12-10 held 2024-12-12"),
            tuple("C07", true, "3 reviews due in the period, all on time"));
    // Easter 2024: the 20th working day after 2024-03-04 is 2024-04-03; review 3 never held
    assertThat(indicators.rows(YEAR, ID, Level.TEAM, "T1", Side.DENOMINATOR))
        .extracting(FactRow::childId, FactRow::detail)
        .containsExactly(tuple("C05", "late: review 3 due by 2025-01-01 not held"));
  }

  @Test
  void reviewsCountFromTheCurrentPeriodOfCare() {
    // C10's review of 2024-05-01 belongs to the care that ended on 2024-06-01
    assertThat(indicators.rows(YEAR, ID, Level.TEAM, IndicatorService.UNALLOCATED, Side.NUMERATOR))
        .extracting(FactRow::childId, FactRow::startDate, FactRow::detail)
        .containsExactlyInAnyOrder(
            tuple("C04", LocalDate.of(2023, 1, 1), "2 reviews due in the period, all on time"),
            tuple("C10", LocalDate.of(2024, 10, 1), "2 reviews due in the period, all on time"));
  }

  private Map<String, String> figures(Level level) {
    return indicators.values(YEAR, level, ID).stream()
        .collect(
            Collectors.toMap(
                IndicatorValue::unitId,
                v -> v.numerator().toBigInteger() + "/" + v.denominator().toBigInteger()));
  }
}
