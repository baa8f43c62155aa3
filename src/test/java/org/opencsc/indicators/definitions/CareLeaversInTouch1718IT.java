package org.opencsc.indicators.definitions;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Care leavers aged 17 or 18 in touch, on the cohort worked out in the data file's header. */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/care_leavers_in_touch_17_18.sql"
})
class CareLeaversInTouch1718IT {

  static final String ID = "care_leavers_in_touch_17_18";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void theCouncilCountsEachBirthdayInThePeriodOnceLessTheDeadAndThoseReturnedHome() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("3");
    assertThat(council.denominator()).isEqualByComparingTo("6");
    assertThat(council.value()).isEqualByComparingTo("50");
    assertThat(rows(YEAR, Side.DENOMINATOR))
        .extracting(FactRow::childId)
        .containsExactly("C02", "C09", "C01", "C07", "C10", "C03");
    assertThat(rows(YEAR, Side.NUMERATOR))
        .extracting(FactRow::recordId)
        .containsExactly("L09b", "L01", "L10");
  }

  @Test
  void eachBirthdayCountsForWhoeverHeldTheCaseThatDay() {
    assertThat(fractions(YEAR, Level.TEAM))
        .isEqualTo(Map.of("T1", "0/1", "T3", "3/3", "unallocated", "0/2"));
    assertThat(fractions(YEAR, Level.SERVICE_AREA))
        .isEqualTo(Map.of("SA1", "0/1", "SA2", "3/3", "unallocated", "0/2"));
    assertThat(
            indicators.rows(YEAR, ID, Level.TEAM, IndicatorService.UNALLOCATED, Side.DENOMINATOR))
        .extracting(FactRow::childId)
        .containsExactly("C07", "C03");
    FactRow c02 = rows(YEAR, Side.DENOMINATOR).get(0);
    assertThat(c02.workerId()).isEqualTo("W1");
    assertThat(c02.eventDate()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(c02.detail()).isEqualTo("IN_TOUCH NO about the 18th birthday");
  }

  @Test
  void aContactMadeAfterThePeriodEndsIsNotYetKnown() {
    Period calendar2024 =
        Period.of(LocalDate.of(2024, 12, 31), LocalDate.of(2024, 1, 1), Attribution.EVENT);
    IndicatorValue council = indicators.values(calendar2024, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("3");
    assertThat(council.denominator()).isEqualByComparingTo("5");
    assertThat(council.value()).isEqualByComparingTo("60");
    assertThat(rows(calendar2024, Side.NUMERATOR))
        .extracting(FactRow::childId)
        .containsExactly("C04", "C09", "C01");
  }

  @Test
  void theLatestContactByThePeriodsEndIsTheOneThatCounts() {
    Period spring =
        Period.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 4, 1), Attribution.EVENT);

    assertThat(rows(spring, Side.DENOMINATOR))
        .extracting(FactRow::recordId)
        .containsExactly("L02", "L09a");
    assertThat(indicators.values(spring, Level.COUNCIL, ID).get(0).value())
        .isEqualByComparingTo("0");
  }

  /** Each unit's numerator/denominator. */
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
