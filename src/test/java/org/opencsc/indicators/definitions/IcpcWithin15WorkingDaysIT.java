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

/** icpc_within_15_working_days on the enquiries whose figures its data file works out. */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/icpc_within_15_working_days.sql"
})
class IcpcWithin15WorkingDaysIT {

  static final String ID = "icpc_within_15_working_days";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void threeOfTheFiveConferencesHeldWereWithin15WorkingDays() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("3");
    assertThat(council.denominator()).isEqualByComparingTo("5");
    assertThat(council.value()).isEqualByComparingTo("60.0000");
  }

  @Test
  void eachTeamAndWorker() {
    assertThat(Figures.of(indicators.values(YEAR, Level.TEAM, ID)))
        .containsOnly(
            Figures.entry("T1", "1/1 = 100.0000"),
            Figures.entry("T2", "1/2 = 50.0000"),
            Figures.entry("T3", "1/1 = 100.0000"),
            Figures.entry("unallocated", "0/1 = 0.0000"));
    assertThat(Figures.of(indicators.values(YEAR, Level.WORKER, ID)))
        .containsOnly(
            Figures.entry("W1", "1/1 = 100.0000"),
            Figures.entry("W2", "1/2 = 50.0000"),
            Figures.entry("W4", "1/1 = 100.0000"),
            Figures.entry("unallocated", "0/1 = 0.0000"));
  }

  @Test
  void fifteenWorkingDaysAcrossChristmasAndNewYearIsOnTimeSixteenIsNot() {
    assertThat(indicators.rows(YEAR, ID, Level.TEAM, "T2", Side.DENOMINATOR))
        .extracting(FactRow::recordId, FactRow::numerator, FactRow::detail)
        .containsExactly(
            tuple(
                "S01", BigDecimal.ONE, "conference 15 working days after the strategy discussion"),
            tuple(
                "S02",
                BigDecimal.ZERO,
                "conference 16 working days after the strategy discussion"));
  }

  @Test
  void onlyConferencesHeldInThePeriodCount() {
    // S05 needed no conference, S06's is still to come, S07's was before the period
    assertThat(indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.DENOMINATOR))
        .extracting(FactRow::recordId)
        .containsExactly("S03", "S08", "S01", "S02", "S04");
    assertThat(indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.NUMERATOR))
        .extracting(FactRow::recordId)
        .containsExactly("S03", "S01", "S04");
  }
}
