package org.opencsc.indicators.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
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

/**
 * cla_missing_episodes on the children of {@code definitions/fixtures/cla_missing_episodes.sql},
 * whose header works out every figure.
 */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/cla_missing_episodes.sql"
})
class ClaMissingEpisodesIT {

  static final String ID = "cla_missing_episodes";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void isTheShareOfChildrenLookedAfterDuringThePeriodWhoWentMissing() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("3");
    assertThat(council.denominator()).isEqualByComparingTo("8");
    assertThat(council.value()).isEqualByComparingTo("37.5");
  }

  @Test
  void eachChildCountsForTheWorkerHoldingTheCaseOnTheirLastDayInCare() {
    assertThat(figures(Level.TEAM))
        .isEqualTo(Map.of("T3", "1/5", "T1", "1/1", "unallocated", "1/2"));
    assertThat(figures(Level.WORKER))
        .isEqualTo(Map.of("W3", "1/2", "W4", "0/3", "W1", "1/1", "unallocated", "1/2"));
    // who holds the case now: C05's and C09's allocations ended, so the last one before counts
    Period now = Period.of(LocalDate.of(2025, 3, 31), null, Attribution.CURRENT);
    assertThat(
            indicators.values(now, Level.TEAM, ID).stream()
                .collect(
                    Collectors.toMap(
                        IndicatorValue::unitId,
                        v -> v.numerator().toBigInteger() + "/" + v.denominator().toBigInteger())))
        .isEqualTo(Map.of("T3", "1/5", "T1", "1/1", "unallocated", "1/2"));
  }

  @Test
  void onlyMissingIncidentsThatStartInThePeriodWhileInCare() {
    // C07 left care before the period; C08 was only on short breaks
    assertThat(indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.DENOMINATOR))
        .extracting(FactRow::childId)
        .containsExactlyInAnyOrder("C01", "C02", "C03", "C04", "C05", "C06", "C09", "C10");
    // C02 was only away without authorisation (A), C03 went missing the day before the period,
    // C09 after leaving care
    assertThat(indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.NUMERATOR))
        .extracting(FactRow::childId, FactRow::recordId, FactRow::detail)
        .containsExactlyInAnyOrder(
            tuple("C01", "M01", "missing 1 time in the period, first from 2024-06-10"),
            tuple("C05", "M05", "missing 1 time in the period, first from 2024-08-01"),
            tuple("C10", "M10A", "missing 2 times in the period, first from 2024-11-01"));
    // C05 left care at 18 on 2024-09-15: her row is about her last day in care
    assertThat(indicators.rows(YEAR, ID, Level.WORKER, "W1", Side.NUMERATOR))
        .extracting(FactRow::eventDate, FactRow::endDate)
        .containsExactly(tuple(LocalDate.of(2024, 9, 14), LocalDate.of(2024, 9, 15)));
    // C04 ceased on the period's first day: looked after during the period, as the DfE reads it
    assertThat(
            indicators.rows(YEAR, ID, Level.TEAM, IndicatorService.UNALLOCATED, Side.DENOMINATOR))
        .extracting(FactRow::childId, FactRow::eventDate, FactRow::recordId)
        .containsExactlyInAnyOrder(
            tuple("C04", LocalDate.of(2024, 4, 1), "E04"),
            tuple("C10", LocalDate.of(2025, 3, 31), "M10A"));
  }

  private Map<String, String> figures(Level level) {
    return indicators.values(YEAR, level, ID).stream()
        .collect(
            Collectors.toMap(
                IndicatorValue::unitId,
                v -> v.numerator().toBigInteger() + "/" + v.denominator().toBigInteger()));
  }
}
