package org.opencsc.indicators.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
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

/** children_in_need_at_period_end on the episodes whose figures its data file works out. */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/children_in_need_at_period_end.sql"
})
class ChildrenInNeedAtPeriodEndIT {

  static final String ID = "children_in_need_at_period_end";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));
  static final Period TO_DECEMBER = Period.yearTo(LocalDate.of(2024, 12, 31));

  @Autowired IndicatorService indicators;

  @Test
  void sevenChildrenHadAnEpisodeOpenOn31March() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("7");
    assertThat(council.value()).isEqualByComparingTo("7");
    assertThat(council.denominator()).isEqualByComparingTo("0");
    assertThat(council.unitOfMeasure()).isEqualTo("count");
  }

  @Test
  void eachChildCountsForTheWorkerHoldingTheCaseOnTheLastDay() {
    assertThat(Figures.of(indicators.values(YEAR, Level.TEAM, ID)))
        .containsOnly(
            Figures.entry("T1", "2/0 = 2"),
            Figures.entry("T2", "2/0 = 2"),
            Figures.entry("T3", "2/0 = 2"),
            Figures.entry("unallocated", "1/0 = 1"));
    assertThat(Figures.of(indicators.values(YEAR, Level.WORKER, ID)))
        .containsOnly(
            Figures.entry("W1", "2/0 = 2"),
            Figures.entry("W2", "2/0 = 2"),
            Figures.entry("W3", "1/0 = 1"),
            Figures.entry("W4", "1/0 = 1"),
            Figures.entry("unallocated", "1/0 = 1"));
  }

  @Test
  void oneRowPerChildUnbornAndOver18IncludedClosedOnTheLastDayAndNfaNot() {
    assertThat(indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.NUMERATOR))
        .extracting(FactRow::childId, FactRow::recordId, FactRow::detail)
        .containsExactly(
            tuple("C01", "R01", "episode open since 2023-05-01"),
            tuple("C03", "R03", "episode open since 2025-01-20"),
            tuple("C04", "R04", "episode open since 2025-02-01, unborn"),
            tuple("C05", "R05", "episode open since 2024-04-01"),
            tuple("C06", "R06B", "episode open since 2024-11-01"),
            tuple("C09", "R09", "episode open since 2024-02-01"),
            tuple("C10", "R10", "episode open since 2023-09-01"));
    assertThat(indicators.rows(YEAR, ID, Level.TEAM, "T2", Side.NUMERATOR))
        .extracting(FactRow::childId, FactRow::eventDate)
        .containsExactly(
            tuple("C04", LocalDate.of(2025, 3, 31)), tuple("C09", LocalDate.of(2025, 3, 31)));
  }

  @Test
  void atAnEarlierDateAnEpisodeClosedAfterItIsStillOpen() {
    assertThat(indicators.rows(TO_DECEMBER, ID, Level.COUNCIL, "council", Side.NUMERATOR))
        .extracting(FactRow::childId)
        .containsExactly("C01", "C02", "C05", "C06", "C09", "C10");
    assertThat(Figures.of(indicators.values(TO_DECEMBER, Level.TEAM, ID)))
        .containsOnly(
            Figures.entry("T1", "1/0 = 1"),
            Figures.entry("T2", "2/0 = 2"),
            Figures.entry("T3", "2/0 = 2"),
            Figures.entry("unallocated", "1/0 = 1"));
  }
}
