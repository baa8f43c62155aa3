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

/** re_referrals_within_12_months on the referrals whose figures its data file works out. */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/re_referrals_within_12_months.sql"
})
class ReReferralsWithin12MonthsIT {

  static final String ID = "re_referrals_within_12_months";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void fourOfTheTenReferralsCameWithin12MonthsOfAnother() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("4");
    assertThat(council.denominator()).isEqualByComparingTo("10");
    assertThat(council.value()).isEqualByComparingTo("40.0000");
  }

  @Test
  void eachTeamAndServiceArea() {
    assertThat(Figures.of(indicators.values(YEAR, Level.TEAM, ID)))
        .containsOnly(
            Figures.entry("T1", "1/3 = 33.3333"),
            Figures.entry("T2", "1/3 = 33.3333"),
            Figures.entry("T3", "2/3 = 66.6667"),
            Figures.entry("unallocated", "0/1 = 0.0000"));
    assertThat(Figures.of(indicators.values(YEAR, Level.SERVICE_AREA, ID)))
        .containsOnly(
            Figures.entry("SA1", "2/6 = 33.3333"),
            Figures.entry("SA2", "2/3 = 66.6667"),
            Figures.entry("unallocated", "0/1 = 0.0000"));
  }

  @Test
  void twelveMonthsToTheDayIsWithinAndOneDayMoreIsNot() {
    // C01's earlier referral is 12 months to the day before (366 days, 29 February between);
    // C02's is 12 months and one day before
    assertThat(indicators.rows(YEAR, ID, Level.TEAM, "T1", Side.DENOMINATOR))
        .extracting(FactRow::recordId, FactRow::numerator, FactRow::detail)
        .containsExactly(
            tuple("R08", BigDecimal.ZERO, "no referral in the 12 months before"),
            tuple("R01B", BigDecimal.ONE, "previous referral R01A on 2023-06-10"),
            tuple("R02B", BigDecimal.ZERO, "no referral in the 12 months before"));
  }

  @Test
  void aPreviousReferralBeforeThePeriodOrClosedWithNoFurtherActionCounts() {
    assertThat(indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.NUMERATOR))
        .extracting(FactRow::recordId, FactRow::detail)
        .containsExactly(
            tuple("R01B", "previous referral R01A on 2023-06-10"),
            tuple("R05B", "previous referral R05A on 2024-08-20"),
            tuple("R03B", "previous referral R03A on 2024-05-01"),
            tuple("R06B", "previous referral R06A on 2024-03-31"));
  }
}
