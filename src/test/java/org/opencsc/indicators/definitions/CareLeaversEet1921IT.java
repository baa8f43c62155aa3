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

/** Care leavers aged 19 to 21 in education, employment or training, on the data file's cohort. */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/care_leavers_eet_19_21.sql"
})
class CareLeaversEet1921IT {

  static final String ID = "care_leavers_eet_19_21";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void theActivityCodesFAndPAreEducationEmploymentOrTraining() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("5");
    assertThat(council.denominator()).isEqualByComparingTo("9");
    assertThat(council.value()).isEqualByComparingTo("55.5556");
    assertThat(rows(YEAR, Side.NUMERATOR))
        .extracting(FactRow::recordId)
        .containsExactly("L01", "L10b", "L11", "L09", "L03");
    assertThat(rows(YEAR, Side.DENOMINATOR))
        .filteredOn(r -> !r.inNumerator())
        .extracting(FactRow::detail)
        .containsExactly(
            "ACTIV G5 about the 20th birthday",
            "ACTIV G6 about the 20th birthday",
            "ACTIV G5 about the 20th birthday",
            "ACTIV blank about the 21st birthday");
  }

  @Test
  void eachBirthdayCountsForWhoeverHeldTheCaseThatDayOrFirstAfterIt() {
    assertThat(fractions(YEAR, Level.TEAM))
        .isEqualTo(Map.of("T1", "1/1", "T2", "1/1", "T3", "2/3", "unallocated", "1/4"));
    assertThat(indicators.rows(YEAR, ID, Level.TEAM, "T1", Side.NUMERATOR))
        .extracting(FactRow::childId, FactRow::workerId, FactRow::eventDate)
        .containsExactly(tuple("C10", "W1", LocalDate.of(2024, 6, 20)));
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
