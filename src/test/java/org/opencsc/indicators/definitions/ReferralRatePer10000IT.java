package org.opencsc.indicators.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opencsc.indicators.Attribution;
import org.opencsc.indicators.FactRow;
import org.opencsc.indicators.IndicatorService;
import org.opencsc.indicators.IndicatorValue;
import org.opencsc.indicators.Level;
import org.opencsc.indicators.Period;
import org.opencsc.indicators.Side;
import org.opencsc.testsupport.OpenCscIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.transaction.annotation.Transactional;

/** referral_rate_per_10000 on the referrals whose figures its data file works out. */
@OpenCscIT
@Transactional
@TestPropertySource(properties = "opencsc.council.child-population=2000")
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/referral_rate_per_10000.sql"
})
class ReferralRatePer10000IT {

  static final String ID = "referral_rate_per_10000";
  static final LocalDate AS_AT = LocalDate.of(2025, 3, 31);
  static final Period YEAR = Period.yearTo(AS_AT);

  @Autowired IndicatorService indicators;

  @Test
  void fiveReferralsAmongTwoThousandChildrenAre25Per10000() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("5");
    assertThat(council.denominator()).isEqualByComparingTo("2000");
    assertThat(council.value()).isEqualByComparingTo("25.0000");
    assertThat(council.unitOfMeasure()).isEqualTo("rate_per_10000");
  }

  @Test
  void belowTheCouncilTheFigureIsTheNumberOfReferrals() {
    assertThat(Figures.of(indicators.values(YEAR, Level.TEAM, ID)))
        .containsOnly(
            Figures.entry("T1", "1/0 = -"),
            Figures.entry("T2", "2/0 = -"),
            Figures.entry("T3", "1/0 = -"),
            Figures.entry("unallocated", "1/0 = -"));
    Period now = Period.of(AS_AT, null, Attribution.CURRENT);
    assertThat(Figures.of(indicators.values(now, Level.SERVICE_AREA, ID)))
        .containsOnly(
            Figures.entry("SA1", "1/0 = -"),
            Figures.entry("SA2", "3/0 = -"),
            Figures.entry("unallocated", "1/0 = -"));
  }

  @Test
  void theRowsAreEveryReferralInThePeriodNfaAndUnbornIncluded() {
    assertThat(indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.NUMERATOR))
        .extracting(FactRow::recordId)
        .containsExactly("R01", "R04", "R06", "R05", "R02");
    assertThat(indicators.rows(YEAR, ID, Level.TEAM, "T2", Side.NUMERATOR))
        .extracting(FactRow::recordId, FactRow::detail)
        .containsExactly(tuple("R04", "closed with no further action"), tuple("R05", null));
    assertThat(indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.DENOMINATOR)).isEmpty();
  }
}
