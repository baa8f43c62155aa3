package org.opencsc.indicators.definitions;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Care leavers aged 17 or 18 in education, employment or training, on the data file's cohort. */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/care_leavers_eet_17_18.sql"
})
class CareLeaversEet1718IT {

  static final String ID = "care_leavers_eet_17_18";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void theActivityCodesFAndPAreEducationEmploymentOrTraining() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("5");
    assertThat(council.denominator()).isEqualByComparingTo("8");
    assertThat(council.value()).isEqualByComparingTo("62.5");
    assertThat(rows(YEAR, Side.NUMERATOR))
        .extracting(FactRow::detail)
        .containsExactly(
            "ACTIV F2 about the 17th birthday",
            "ACTIV F5 about the 17th birthday",
            "ACTIV F4 about the 18th birthday",
            "ACTIV P1 about the 18th birthday",
            "ACTIV P5 about the 18th birthday");
    assertThat(rows(YEAR, Side.DENOMINATOR))
        .filteredOn(r -> !r.inNumerator())
        .extracting(FactRow::childId)
        .containsExactly("C02", "C04", "C05");
  }

  @Test
  void eachBirthdayCountsForWhoeverHeldTheCaseThatDay() {
    assertThat(fractions(YEAR, Level.TEAM))
        .isEqualTo(Map.of("T1", "2/2", "T3", "2/3", "unallocated", "1/3"));
    assertThat(fractions(YEAR, Level.SERVICE_AREA))
        .isEqualTo(Map.of("SA1", "2/2", "SA2", "2/3", "unallocated", "1/3"));
    assertThat(fractions(YEAR, Level.WORKER))
        .isEqualTo(Map.of("W1", "2/2", "W3", "1/1", "W4", "1/2", "unallocated", "1/3"));
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
