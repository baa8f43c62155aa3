package org.opencsc.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opencsc.testsupport.OpenCscIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine on {@code engine.sql}'s referrals, whose header works out every figure: levels,
 * attribution, the period's edges, the rows behind a figure and the as-at check.
 */
@OpenCscIT
@Transactional
@Sql({"/org/opencsc/indicators/council.sql", "/org/opencsc/indicators/engine.sql"})
class IndicatorEngineIT {

  static final LocalDate AS_AT = LocalDate.of(2025, 3, 31);

  @Autowired IndicatorService indicators;
  @Autowired JdbcClient jdbc;

  @Test
  void eventAttributionCountsForWhoHeldTheCaseAtTheReferral() {
    Period period = Period.of(AS_AT, null, Attribution.EVENT);

    assertThat(counts(period, Level.COUNCIL)).isEqualTo(Map.of("council", 5L));
    assertThat(counts(period, Level.WORKER))
        .isEqualTo(Map.of("W1", 1L, "W2", 1L, "W4", 1L, "unallocated", 2L));
    assertThat(counts(period, Level.TEAM))
        .isEqualTo(Map.of("T1", 1L, "T2", 1L, "T3", 1L, "unallocated", 2L));
    assertThat(counts(period, Level.SERVICE_AREA))
        .isEqualTo(Map.of("SA1", 2L, "SA2", 1L, "unallocated", 2L));
  }

  @Test
  void currentAttributionCountsForWhoHoldsTheCaseNow() {
    Period period = Period.of(AS_AT, null, Attribution.CURRENT);

    assertThat(counts(period, Level.WORKER))
        .isEqualTo(Map.of("W1", 1L, "W3", 1L, "W4", 1L, "unallocated", 2L));
    assertThat(counts(period, Level.TEAM)).isEqualTo(Map.of("T1", 1L, "T3", 2L, "unallocated", 2L));
    assertThat(counts(period, Level.SERVICE_AREA))
        .isEqualTo(Map.of("SA1", 1L, "SA2", 2L, "unallocated", 2L));
  }

  @Test
  void theDefaultPeriodIsTheTwelveMonthsToTheAsAtDateBothEndsIncluded() {
    Period year = Period.yearTo(AS_AT);
    assertThat(year.start()).isEqualTo(LocalDate.of(2024, 4, 1));

    List<FactRow> rows =
        indicators.rows(year, "referrals", Level.COUNCIL, "council", Side.NUMERATOR);
    // R05 on the first day and R03 on the last are in; R04 the day before is not; nor is the
    // old snapshot's R99
    assertThat(rows)
        .extracting(FactRow::recordId)
        .containsExactly("R05", "R01", "R02", "R06", "R03");

    Period autumn = Period.of(AS_AT, LocalDate.of(2024, 6, 1), Attribution.EVENT);
    assertThat(counts(autumn, Level.COUNCIL)).isEqualTo(Map.of("council", 3L));
    Period march2024 = Period.of(LocalDate.of(2024, 3, 31), null, Attribution.EVENT);
    assertThat(counts(march2024, Level.COUNCIL)).isEqualTo(Map.of("council", 1L));
  }

  @Test
  void aFiguresRowsAreTheRowsItCounts() {
    Period period = Period.of(AS_AT, null, Attribution.CURRENT);

    List<FactRow> t3 = indicators.rows(period, "referrals", Level.TEAM, "T3", Side.NUMERATOR);

    assertThat(t3).extracting(FactRow::childId).containsExactly("C05", "C02");
    assertThat(t3.get(1).workerName()).isEqualTo("Cara Jones");
    assertThat(t3.get(1).teamName()).isEqualTo("Looked After Children");
    assertThat(t3.get(1).serviceAreaName()).isEqualTo("Children in Care");
    assertThat(t3.get(1).eventDate()).isEqualTo(LocalDate.of(2024, 6, 10));
    assertThat(
            indicators.rows(
                period, "referrals", Level.TEAM, IndicatorService.UNALLOCATED, Side.NUMERATOR))
        .extracting(FactRow::childId)
        .containsExactly("C06", "C03");
    // a count has no denominator rows
    assertThat(indicators.rows(period, "referrals", Level.TEAM, "T3", Side.DENOMINATOR)).isEmpty();
  }

  @Test
  void theRowsOfAnIndicatorAreWorkedOutOnceAndKeptForTheNextList() {
    jdbc.sql("delete from indicator_fact_set").update();
    Period year = Period.of(AS_AT, null, Attribution.CURRENT);

    for (IndicatorValue team : indicators.values(year, Level.TEAM, "referrals")) {
      assertThat(indicators.rows(year, "referrals", Level.TEAM, team.unitId(), Side.NUMERATOR))
          .as(team.unitId())
          .hasSize(team.numerator().intValueExact());
    }
    assertThat(sets()).isEqualTo(1);

    indicators.rows(Period.yearTo(AS_AT), "referrals", Level.COUNCIL, "council", Side.ALL);
    assertThat(sets()).as("another attribution is another set").isEqualTo(2);
  }

  @Test
  void everyLevelAddsUpToTheCouncil() {
    for (Attribution attribution : Attribution.values()) {
      List<IndicatorValue> all =
          indicators.valuesAtEveryLevel(Period.of(AS_AT, null, attribution), "referrals");
      BigDecimal council = sum(all, Level.COUNCIL);
      assertThat(sum(all, Level.SERVICE_AREA)).isEqualByComparingTo(council);
      assertThat(sum(all, Level.TEAM)).isEqualByComparingTo(council);
      assertThat(sum(all, Level.WORKER)).isEqualByComparingTo(council);
    }
  }

  @Test
  void theContractCarriesThePeriodAndTheUnit() {
    IndicatorValue council =
        indicators.values(Period.yearTo(AS_AT), Level.COUNCIL, "referrals").get(0);

    assertThat(council.indicator()).isEqualTo("referrals");
    assertThat(council.level()).isEqualTo("council");
    assertThat(council.unitId()).isEqualTo("council");
    assertThat(council.unitOfMeasure()).isEqualTo("count");
    assertThat(council.value()).isEqualByComparingTo("5");
    assertThat(council.denominator()).isEqualByComparingTo("0");
    assertThat(council.periodStart()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(council.periodEnd()).isEqualTo(AS_AT);
    assertThat(council.asAt()).isEqualTo(AS_AT);
    IndicatorValue unallocated =
        indicators.values(Period.yearTo(AS_AT), Level.TEAM, "referrals").stream()
            .filter(v -> v.unitId().equals("unallocated"))
            .findFirst()
            .orElseThrow();
    assertThat(unallocated.unitName()).isEqualTo("Unallocated");
  }

  @Test
  void refusesADateTheDataDoesNotReach() {
    assertThatThrownBy(() -> indicators.values(Period.yearTo(AS_AT.plusDays(1)), Level.COUNCIL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("up to 2025-03-31");
    assertThatThrownBy(
            () -> indicators.values(Period.yearTo(AS_AT), Level.COUNCIL, "no_such_indicator"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no_such_indicator");
  }

  private long sets() {
    return jdbc.sql("select count(*) from indicator_fact_set").query(Long.class).single();
  }

  private Map<String, Long> counts(Period period, Level level) {
    return indicators.values(period, level, "referrals").stream()
        .collect(Collectors.toMap(IndicatorValue::unitId, v -> v.numerator().longValueExact()));
  }

  private static BigDecimal sum(List<IndicatorValue> values, Level level) {
    return values.stream()
        .filter(v -> v.level().equals(level.id()))
        .map(IndicatorValue::numerator)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
