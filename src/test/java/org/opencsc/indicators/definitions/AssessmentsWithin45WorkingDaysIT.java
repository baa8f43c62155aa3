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

/** assessments_within_45_working_days on the assessments whose figures its data file works out. */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/assessments_within_45_working_days.sql"
})
class AssessmentsWithin45WorkingDaysIT {

  static final String ID = "assessments_within_45_working_days";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void fourOfTheSixAssessmentsAuthorisedTookAt45WorkingDaysOrFewer() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("4");
    assertThat(council.denominator()).isEqualByComparingTo("6");
    assertThat(council.value()).isEqualByComparingTo("66.6667");
  }

  @Test
  void eachTeamAndServiceArea() {
    assertThat(Figures.of(indicators.values(YEAR, Level.TEAM, ID)))
        .containsOnly(
            Figures.entry("T1", "2/2 = 100.0000"),
            Figures.entry("T2", "0/1 = 0.0000"),
            Figures.entry("T3", "1/2 = 50.0000"),
            Figures.entry("unallocated", "1/1 = 100.0000"));
    assertThat(Figures.of(indicators.values(YEAR, Level.SERVICE_AREA, ID)))
        .containsOnly(
            Figures.entry("SA1", "2/3 = 66.6667"),
            Figures.entry("SA2", "1/2 = 50.0000"),
            Figures.entry("unallocated", "1/1 = 100.0000"));
  }

  @Test
  void the45thWorkingDayJustAfterChristmasIsOnTimeAndTheNextDayIsLate() {
    assertThat(indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.DENOMINATOR))
        .extracting(FactRow::recordId, FactRow::numerator, FactRow::detail)
        .containsExactly(
            tuple("AS04", BigDecimal.ONE, "authorised after 40 working days"),
            tuple("AS03", BigDecimal.ONE, "authorised the day it started"),
            tuple("AS08", BigDecimal.ONE, "authorised after 41 working days"),
            tuple("AS01", BigDecimal.ONE, "authorised after 45 working days"),
            tuple("AS02", BigDecimal.ZERO, "authorised after 46 working days"),
            tuple("AS05", BigDecimal.ZERO, "authorised after 62 working days"));
  }

  @Test
  void theRowsBehindATeam() {
    assertThat(indicators.rows(YEAR, ID, Level.TEAM, "T3", Side.NUMERATOR))
        .extracting(FactRow::recordId, FactRow::childId, FactRow::workerId)
        .containsExactly(tuple("AS04", "C04", "W3"));
    assertThat(indicators.rows(YEAR, ID, Level.TEAM, "T3", Side.DENOMINATOR))
        .extracting(FactRow::recordId)
        .containsExactly("AS04", "AS05");
  }
}
