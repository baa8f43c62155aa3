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

/** referrals_nfa on the referrals whose figures its data file works out. */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/referrals_nfa.sql"
})
class ReferralsNfaIT {

  static final String ID = "referrals_nfa";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void threeOfTheSevenReferralsWereClosedWithNoFurtherAction() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("3");
    assertThat(council.denominator()).isEqualByComparingTo("7");
    assertThat(council.value()).isEqualByComparingTo("42.8571");
  }

  @Test
  void eachTeamAndWorker() {
    assertThat(Figures.of(indicators.values(YEAR, Level.TEAM, ID)))
        .containsOnly(
            Figures.entry("T1", "1/2 = 50.0000"),
            Figures.entry("T2", "1/1 = 100.0000"),
            Figures.entry("T3", "1/3 = 33.3333"),
            Figures.entry("unallocated", "0/1 = 0.0000"));
    assertThat(Figures.of(indicators.values(YEAR, Level.WORKER, ID)))
        .containsOnly(
            Figures.entry("W1", "1/2 = 50.0000"),
            Figures.entry("W2", "1/1 = 100.0000"),
            Figures.entry("W3", "0/1 = 0.0000"),
            Figures.entry("W4", "1/2 = 50.0000"),
            Figures.entry("unallocated", "0/1 = 0.0000"));
  }

  @Test
  void theRowsBehindATeam() {
    assertThat(indicators.rows(YEAR, ID, Level.TEAM, "T3", Side.NUMERATOR))
        .extracting(FactRow::recordId, FactRow::childId)
        .containsExactly(tuple("R07", "C06"));
    assertThat(indicators.rows(YEAR, ID, Level.TEAM, "T3", Side.DENOMINATOR))
        .extracting(FactRow::recordId)
        .containsExactly("R08", "R06", "R07");
    // the NFA referral the day before the period (R05) is not counted
    assertThat(indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.NUMERATOR))
        .extracting(FactRow::recordId)
        .containsExactly("R01", "R03", "R07");
  }
}
