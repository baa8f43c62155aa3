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
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.transaction.annotation.Transactional;

/** section47_rate_per_10000 on the enquiries whose figures its data file works out. */
@OpenCscIT
@Transactional
@TestPropertySource(properties = "opencsc.council.child-population=2000")
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/section47_rate_per_10000.sql"
})
class Section47RatePer10000IT {

  static final String ID = "section47_rate_per_10000";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void fiveEnquiriesAmongTwoThousandChildrenAre25Per10000() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("5");
    assertThat(council.denominator()).isEqualByComparingTo("2000");
    assertThat(council.value()).isEqualByComparingTo("25.0000");
  }

  @Test
  void belowTheCouncilTheFigureIsTheNumberOfEnquiries() {
    assertThat(Figures.of(indicators.values(YEAR, Level.TEAM, ID)))
        .containsOnly(
            Figures.entry("T1", "1/0 = -"),
            Figures.entry("T2", "2/0 = -"),
            Figures.entry("T3", "1/0 = -"),
            Figures.entry("unallocated", "1/0 = -"));
    assertThat(Figures.of(indicators.values(YEAR, Level.WORKER, ID)))
        .containsOnly(
            Figures.entry("W1", "1/0 = -"),
            Figures.entry("W2", "2/0 = -"),
            Figures.entry("W3", "1/0 = -"),
            Figures.entry("unallocated", "1/0 = -"));
  }

  @Test
  void everyEnquiryStartedInThePeriodIsARow() {
    assertThat(indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.NUMERATOR))
        .extracting(FactRow::recordId, FactRow::childId, FactRow::detail)
        .containsExactly(
            tuple("S01", "C01", "initial conference 2024-04-19"),
            tuple("S02", "C02", "no conference needed"),
            tuple("S06", "C05", null),
            tuple("S03", "C02", null),
            tuple("S04", "C03", null));
  }
}
