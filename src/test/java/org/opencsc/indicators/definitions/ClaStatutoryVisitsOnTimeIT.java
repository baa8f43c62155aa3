package org.opencsc.indicators.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
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

/**
 * cla_statutory_visits_on_time on the children of {@code
 * definitions/fixtures/cla_statutory_visits_on_time.sql}, whose header works out every figure.
 */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/cla_statutory_visits_on_time.sql"
})
class ClaStatutoryVisitsOnTimeIT {

  static final String ID = "cla_statutory_visits_on_time";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void isTheShareOfChildrenLookedAfterNotOverdueAVisit() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("5");
    assertThat(council.denominator()).isEqualByComparingTo("7");
    assertThat(council.value()).isEqualByComparingTo("71.4286");
  }

  @Test
  void eachChildCountsForTheWorkerHoldingTheCaseAtTheEnd() {
    assertThat(figures(Level.TEAM))
        .isEqualTo(Map.of("T3", "3/4", "T1", "0/1", "unallocated", "2/2"));
    assertThat(figures(Level.WORKER))
        .isEqualTo(Map.of("W3", "2/2", "W4", "1/2", "W1", "0/1", "unallocated", "2/2"));
  }

  @Test
  void sixWeeksAfterTheLastVisitOrOneWeekAfterANewPlacement() {
    // C07 left care at 18 and C08 is on short breaks: no rows
    assertThat(indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.DENOMINATOR))
        .extracting(FactRow::childId)
        .containsExactlyInAnyOrder("C01", "C02", "C03", "C04", "C05", "C06", "C09");
    assertThat(indicators.rows(YEAR, ID, Level.WORKER, "W4", Side.DENOMINATOR))
        .extracting(FactRow::childId, FactRow::inNumerator, FactRow::detail)
        .containsExactlyInAnyOrder(
            // due on the last day itself: not yet overdue; the visit where C02 was not seen
            // does not count
            tuple("C02", true, "last seen 2025-02-17; next visit due by 2025-03-31"),
            tuple(
                "C03",
                false,
                "last seen 2025-02-16; next visit due by 2025-03-30 (1 day overdue)"));
    assertThat(indicators.rows(YEAR, ID, Level.WORKER, "W1", Side.DENOMINATOR))
        .extracting(FactRow::startDate, FactRow::detail)
        .containsExactly(
            tuple(
                LocalDate.of(2025, 3, 20),
                "placed 2025-03-20, not seen since; first visit due by 2025-03-27 (4 days overdue)"));
    // a change of legal status only keeps the placement, so the visit before it counts
    assertThat(indicators.rows(YEAR, ID, Level.WORKER, "W3", Side.NUMERATOR))
        .extracting(FactRow::childId, FactRow::startDate)
        .containsExactlyInAnyOrder(
            tuple("C01", LocalDate.of(2024, 1, 1)), tuple("C06", LocalDate.of(2024, 10, 1)));
    assertThat(indicators.rows(YEAR, ID, Level.TEAM, IndicatorService.UNALLOCATED, Side.NUMERATOR))
        .extracting(FactRow::childId, FactRow::detail)
        .containsExactlyInAnyOrder(
            tuple("C04", "placed 2025-03-26, not seen since; first visit due by 2025-04-02"),
            tuple("C09", "placed 2025-03-31, not seen since; first visit due by 2025-04-07"));
  }

  private Map<String, String> figures(Level level) {
    return indicators.values(YEAR, level, ID).stream()
        .collect(
            Collectors.toMap(
                IndicatorValue::unitId,
                v -> v.numerator().toBigInteger() + "/" + v.denominator().toBigInteger()));
  }
}
