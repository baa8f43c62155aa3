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

/** assessments_nfa on the assessments whose figures its data file works out. */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/assessments_nfa.sql"
})
class AssessmentsNfaIT {

  static final String ID = "assessments_nfa";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void halfOfTheSixAssessmentsAuthorisedFoundTheChildNotInNeed() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("3");
    assertThat(council.denominator()).isEqualByComparingTo("6");
    assertThat(council.value()).isEqualByComparingTo("50.0000");
  }

  @Test
  void eachTeamAndServiceArea() {
    assertThat(Figures.of(indicators.values(YEAR, Level.TEAM, ID)))
        .containsOnly(
            Figures.entry("T1", "1/2 = 50.0000"),
            Figures.entry("T2", "1/1 = 100.0000"),
            Figures.entry("T3", "1/2 = 50.0000"),
            Figures.entry("unallocated", "0/1 = 0.0000"));
    assertThat(Figures.of(indicators.values(YEAR, Level.SERVICE_AREA, ID)))
        .containsOnly(
            Figures.entry("SA1", "2/3 = 66.6667"),
            Figures.entry("SA2", "1/2 = 50.0000"),
            Figures.entry("unallocated", "0/1 = 0.0000"));
  }

  @Test
  void theRowsAreTheAssessmentsAuthorisedInThePeriod() {
    assertThat(indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.DENOMINATOR))
        .extracting(FactRow::recordId, FactRow::detail)
        .containsExactly(
            tuple("AS01", "no further action: not in need"),
            tuple("AS02", "child in need"),
            tuple("AS06", "child in need"),
            tuple("AS07", "outcome not recorded"),
            tuple("AS08", "no further action: not in need"),
            tuple("AS03", "no further action: not in need"));
    assertThat(indicators.rows(YEAR, ID, Level.TEAM, "T3", Side.NUMERATOR))
        .extracting(FactRow::recordId, FactRow::startDate, FactRow::endDate)
        .containsExactly(tuple("AS08", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 2, 14)));
  }
}
