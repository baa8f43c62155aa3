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

/** contacts_converted_to_referral on the contacts whose figures its data file works out. */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/contacts_converted_to_referral.sql"
})
class ContactsConvertedToReferralIT {

  static final String ID = "contacts_converted_to_referral";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void halfOfTheContactsInThePeriodBecameReferrals() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("4");
    assertThat(council.denominator()).isEqualByComparingTo("8");
    assertThat(council.value()).isEqualByComparingTo("50.0000");
    assertThat(council.unitOfMeasure()).isEqualTo("percent");
  }

  @Test
  void eachTeamCountsTheContactsOfTheChildrenItHeld() {
    assertThat(Figures.of(indicators.values(YEAR, Level.TEAM, ID)))
        .containsOnly(
            Figures.entry("T1", "2/2 = 100.0000"),
            Figures.entry("T2", "0/2 = 0.0000"),
            Figures.entry("T3", "1/3 = 33.3333"),
            Figures.entry("unallocated", "1/1 = 100.0000"));
    assertThat(Figures.of(indicators.values(YEAR, Level.SERVICE_AREA, ID)))
        .containsOnly(
            Figures.entry("SA1", "2/4 = 50.0000"),
            Figures.entry("SA2", "1/3 = 33.3333"),
            Figures.entry("unallocated", "1/1 = 100.0000"));
  }

  @Test
  void theRowsBehindATeamAreItsContacts() {
    assertThat(indicators.rows(YEAR, ID, Level.TEAM, "T3", Side.NUMERATOR))
        .extracting(FactRow::recordId, FactRow::childId, FactRow::detail)
        .containsExactly(tuple("K07", "C06", "became a referral"));
    // in date order: the day-before-the-period contact K05 is nowhere
    assertThat(indicators.rows(YEAR, ID, Level.TEAM, "T3", Side.DENOMINATOR))
        .extracting(FactRow::recordId)
        .containsExactly("K06", "K07", "K04");
    assertThat(indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.DENOMINATOR))
        .extracting(FactRow::recordId)
        .containsExactly("K01", "K02", "K03", "K06", "K08", "K07", "K09", "K04");
  }
}
