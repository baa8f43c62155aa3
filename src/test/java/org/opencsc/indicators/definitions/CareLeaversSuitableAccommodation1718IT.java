package org.opencsc.indicators.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

/** Care leavers aged 17 or 18 in suitable accommodation, on the data file's cohort. */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/care_leavers_suitable_accommodation_17_18.sql"
})
class CareLeaversSuitableAccommodation1718IT {

  static final String ID = "care_leavers_suitable_accommodation_17_18";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void anAccommodationCodeEndingIn1IsSuitableWhoeverReportedIt() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("4");
    assertThat(council.denominator()).isEqualByComparingTo("7");
    assertThat(council.value()).isEqualByComparingTo("57.1429");
    assertThat(rows(YEAR, Side.NUMERATOR))
        .extracting(FactRow::recordId)
        .containsExactly("L01", "L04", "L05", "L09b");
    // B2 (not suitable), 0 and a blank (not known) are in the cohort but not suitable
    assertThat(rows(YEAR, Side.DENOMINATOR))
        .filteredOn(r -> !r.inNumerator())
        .extracting(FactRow::detail)
        .containsExactly(
            "ACCOM B2 about the 18th birthday",
            "ACCOM blank about the 18th birthday",
            "ACCOM 0 about the 18th birthday");
  }

  @Test
  void eachBirthdayCountsForWhoeverHeldTheCaseThatDay() {
    assertThat(fractions(YEAR, Level.TEAM))
        .isEqualTo(Map.of("T1", "1/1", "T2", "0/1", "T3", "2/2", "unallocated", "1/3"));
    assertThat(fractions(YEAR, Level.SERVICE_AREA))
        .isEqualTo(Map.of("SA1", "1/2", "SA2", "2/2", "unallocated", "1/3"));
    assertThat(indicators.rows(YEAR, ID, Level.WORKER, "W3", Side.NUMERATOR))
        .extracting(FactRow::childId, FactRow::detail)
        .containsExactly(tuple("C09", "ACCOM E1 about the 18th birthday"));
  }

  private Map<String, String> fractions(Period period, Level level) {
    return indicators.values(period, level, ID).stream()
        .collect(
            Collectors.toMap(
                IndicatorValue::unitId,
                v -> v.numerator().toBigInteger() + "/" + v.denominator().toBigInteger()));
  }

  private List<FactRow> rows(Period period, Side side) {
    return indicators.rows(period, ID, Level.COUNCIL, "council", side);
  }
}
