package org.opencsc.indicators.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
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

/** children_seen_within_5_working_days on the referrals whose figures its data file works out. */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/children_seen_within_5_working_days.sql"
})
class ChildrenSeenWithin5WorkingDaysIT {

  static final String ID = "children_seen_within_5_working_days";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void fourOfTheSevenChildrenWereSeenWithin5WorkingDays() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("4");
    assertThat(council.denominator()).isEqualByComparingTo("7");
    assertThat(council.value()).isEqualByComparingTo("57.1429");
  }

  @Test
  void eachTeamAndServiceArea() {
    assertThat(Figures.of(indicators.values(YEAR, Level.TEAM, ID)))
        .containsOnly(
            Figures.entry("T1", "1/2 = 50.0000"),
            Figures.entry("T2", "2/2 = 100.0000"),
            Figures.entry("T3", "1/2 = 50.0000"),
            Figures.entry("unallocated", "0/1 = 0.0000"));
    assertThat(Figures.of(indicators.values(YEAR, Level.SERVICE_AREA, ID)))
        .containsOnly(
            Figures.entry("SA1", "3/4 = 75.0000"),
            Figures.entry("SA2", "1/2 = 50.0000"),
            Figures.entry("unallocated", "0/1 = 0.0000"));
  }

  @Test
  void acrossChristmasFiveWorkingDaysIsInTimeAndSixIsNot() {
    assertThat(indicators.rows(YEAR, ID, Level.TEAM, "T1", Side.DENOMINATOR))
        .extracting(FactRow::recordId, FactRow::numerator, FactRow::endDate, FactRow::detail)
        .containsExactly(
            tuple("R01", BigDecimal.ONE, LocalDate.of(2024, 12, 31), "seen after 5 working days"),
            tuple("R02", BigDecimal.ZERO, LocalDate.of(2025, 1, 2), "seen after 6 working days"));
  }

  @Test
  void aChildNotYetSeenIsLateOnceTheFifthWorkingDayHasPassedAndLeftOutBefore() {
    // R05 (due 2025-04-04) is left out; R06 was due on the period's last day; R07 had no
    // assessment and R08 was referred before the period
    assertThat(indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.DENOMINATOR))
        .extracting(FactRow::recordId, FactRow::detail)
        .containsExactly(
            tuple("R03", "seen after 5 working days"),
            tuple("R10", "seen after 5 working days"),
            tuple("R04", "not seen; due by 2024-07-08"),
            tuple("R09", "seen the day of the referral"),
            tuple("R01", "seen after 5 working days"),
            tuple("R02", "seen after 6 working days"),
            tuple("R06", "not seen; due by 2025-03-31"));
  }
}
