package org.opencsc.indicators.definitions;

import static org.assertj.core.api.Assertions.assertThat;

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

/** cla_at_period_end on the children of {@code definitions/fixtures/cla_at_period_end.sql}. */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/cla_at_period_end.sql"
})
class ClaAtPeriodEndIT {

  static final String ID = "cla_at_period_end";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void countsTheChildrenWithAnEpisodeOpenOnTheLastDay() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("4");
    assertThat(council.value()).isEqualByComparingTo("4");
    assertThat(council.unitOfMeasure()).isEqualTo("count");
  }

  @Test
  void countsEachChildForTheWorkerHoldingTheCaseAtThePeriodEnd() {
    assertThat(numerators(Level.TEAM)).isEqualTo(Map.of("T3", 2L, "T1", 1L, "unallocated", 1L));
    assertThat(numerators(Level.SERVICE_AREA))
        .isEqualTo(Map.of("SA2", 2L, "SA1", 1L, "unallocated", 1L));
    assertThat(numerators(Level.WORKER))
        .isEqualTo(Map.of("W3", 1L, "W4", 1L, "W1", 1L, "unallocated", 1L));
  }

  @Test
  void theRowsAreOneEpisodePerChild() {
    var rows = indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.NUMERATOR);

    // C03 ceased on the last day, C04 is on short breaks (V3), C05 left care at 18, C06 is over
    // 18 with an open episode, C09 starts after the as-at date
    assertThat(rows)
        .extracting(FactRow::childId)
        .containsExactlyInAnyOrder("C01", "C02", "C07", "C08");
    FactRow c07 = rows.stream().filter(r -> r.childId().equals("C07")).findFirst().orElseThrow();
    assertThat(c07.recordId()).isEqualTo("E07B");
    assertThat(c07.startDate()).isEqualTo(LocalDate.of(2022, 3, 1));
    assertThat(c07.eventDate()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(indicators.rows(YEAR, ID, Level.TEAM, "T3", Side.NUMERATOR))
        .extracting(FactRow::childId)
        .containsExactlyInAnyOrder("C01", "C02");
  }

  @Test
  void aDayEarlierTheChildWhoCeasedOnTheLastDayIsStillCounted() {
    // as at 30 March 2025: C03 is still looked after, C02 has not started yet
    Period dayBefore = Period.of(LocalDate.of(2025, 3, 30), null, Attribution.EVENT);

    assertThat(indicators.rows(dayBefore, ID, Level.COUNCIL, "council", Side.NUMERATOR))
        .extracting(FactRow::childId)
        .containsExactlyInAnyOrder("C01", "C03", "C07", "C08");
  }

  private Map<String, Long> numerators(Level level) {
    return indicators.values(YEAR, level, ID).stream()
        .collect(
            Collectors.toMap(
                IndicatorValue::unitId, v -> v.numerator().longValueExact(), (a, b) -> a));
  }
}
