package org.opencsc.indicators.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.springframework.test.context.jdbc.Sql;
import org.springframework.transaction.annotation.Transactional;

/** Care leavers aged 19 to 21 in touch, on the cohort worked out in the data file's header. */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/care_leavers_in_touch_19_21.sql"
})
class CareLeaversInTouch1921IT {

  static final String ID = "care_leavers_in_touch_19_21";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void theCouncilCountsThe19thTo21stBirthdaysInThePeriod() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("4");
    assertThat(council.denominator()).isEqualByComparingTo("7");
    assertThat(council.value()).isEqualByComparingTo("57.1429");
    // C04 (22), C05 (18), C06 (died), C07 (returned home) and C11 (a contact about the 20th
    // birthday, after the period) are not in the cohort
    assertThat(rows(YEAR, Side.DENOMINATOR))
        .extracting(FactRow::childId)
        .containsExactly("C02", "C01", "C12", "C09", "C08", "C10", "C03");
  }

  @Test
  void eachBirthdayCountsForWhoeverHeldTheCaseThatDayOrLastBeforeIt() {
    assertThat(fractions(YEAR, Level.TEAM))
        .isEqualTo(Map.of("T1", "1/1", "T2", "1/1", "T3", "2/2", "unallocated", "0/3"));
    assertThat(fractions(YEAR, Level.SERVICE_AREA))
        .isEqualTo(Map.of("SA1", "2/2", "SA2", "2/2", "unallocated", "0/3"));
    assertThat(indicators.rows(YEAR, ID, Level.WORKER, "W2", Side.NUMERATOR))
        .extracting(FactRow::childId, FactRow::eventDate)
        .containsExactly(tuple("C12", LocalDate.of(2024, 6, 20)));
  }

  @Test
  void aQuarterCountsTheBirthdaysInIt() {
    Period quarter =
        Period.of(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 1, 1), Attribution.EVENT);

    List<FactRow> rows = rows(quarter, Side.DENOMINATOR);
    assertThat(rows).extracting(FactRow::childId).containsExactly("C10", "C03");
    assertThat(rows.get(1).detail()).isEqualTo("IN_TOUCH YES about the 21st birthday");
    assertThat(indicators.values(quarter, Level.COUNCIL, ID).get(0).value())
        .isEqualByComparingTo("100");
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
