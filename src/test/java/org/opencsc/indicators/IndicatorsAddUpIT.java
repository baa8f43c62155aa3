package org.opencsc.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencsc.generator.CouncilSize;
import org.opencsc.generator.GeneratorSettings;
import org.opencsc.testsupport.GeneratedCouncil;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The property the engine promises, on whole synthetic councils rather than hand-built cases: for
 * every indicator, both attributions and several as-at dates, the workers' numerators and
 * denominators add up to their teams', the teams' to their service areas' and those to the
 * council's (with the unallocated rows as a unit of their own at each level); every indicator
 * worked out several at a time gives the same figures as one at a time; and each team's kept rows
 * add up to the team's figure.
 */
class IndicatorsAddUpIT {

  @ParameterizedTest
  @ValueSource(longs = {1, 2})
  void teamsAddUpToServiceAreasAndThoseToTheCouncil(long seed) {
    String url =
        GeneratedCouncil.load(
            "indicators_add_up",
            new GeneratorSettings(CouncilSize.SMALL, seed, GeneratorSettings.DEFAULT_AS_AT));

    try (ConfigurableApplicationContext context =
        GeneratedCouncil.application(url, "opencsc.council.child-population=50000")) {
      IndicatorService indicators = context.getBean(IndicatorService.class);
      var asAt = indicators.servedSnapshot().asAt();
      for (var day : List.of(asAt, asAt.minusMonths(5), asAt.minusYears(1))) {
        for (Attribution attribution : Attribution.values()) {
          Period period = Period.of(day, null, attribution);
          List<IndicatorValue> oneAtATime = new ArrayList<>();
          for (Indicator indicator : indicators.indicators()) {
            List<IndicatorValue> values = indicators.valuesAtEveryLevel(period, indicator.id());
            check(values, indicator, period);
            oneAtATime.addAll(values);
          }
          assertThat(indicators.everyValue(period))
              .as("several at a time, " + period)
              .containsExactlyElementsOf(oneAtATime);
          if (day.equals(asAt)) {
            rowsAddUp(indicators, period, oneAtATime);
          }
        }
      }
    }
  }

  private static void rowsAddUp(
      IndicatorService indicators, Period period, List<IndicatorValue> values) {
    for (IndicatorValue team : values) {
      if (!team.level().equals(Level.TEAM.id())) {
        continue;
      }
      List<FactRow> rows =
          indicators.rows(period, team.indicator(), Level.TEAM, team.unitId(), Side.ALL);
      String what = team.indicator() + " team " + team.unitId() + ", " + period;
      assertThat(rows.stream().map(FactRow::numerator).reduce(BigDecimal.ZERO, BigDecimal::add))
          .as(what + ": numerator rows")
          .isEqualByComparingTo(team.numerator());
      if (!team.unitOfMeasure().equals(UnitOfMeasure.RATE_PER_10000.id())) {
        assertThat(rows.stream().map(FactRow::denominator).reduce(BigDecimal.ZERO, BigDecimal::add))
            .as(what + ": denominator rows")
            .isEqualByComparingTo(team.denominator());
      }
      assertThat(rows)
          .as(what + ": every row names its team")
          .allSatisfy(
              r ->
                  assertThat(r.teamName() != null || r.teamId() == null).as(r.toString()).isTrue());
    }
  }

  private static void check(List<IndicatorValue> values, Indicator indicator, Period period) {
    Map<String, BigDecimal[]> totals =
        values.stream()
            .collect(
                Collectors.groupingBy(
                    IndicatorValue::level,
                    Collectors.reducing(
                        new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO},
                        v -> new BigDecimal[] {v.numerator(), v.denominator()},
                        (a, b) -> new BigDecimal[] {a[0].add(b[0]), a[1].add(b[1])})));
    BigDecimal[] council = totals.get(Level.COUNCIL.id());
    assertThat(council).as(indicator.id() + " has a council figure " + period).isNotNull();
    boolean rate = indicator.unit() == UnitOfMeasure.RATE_PER_10000;
    for (Level level : List.of(Level.SERVICE_AREA, Level.TEAM, Level.WORKER)) {
      BigDecimal[] sum =
          totals.getOrDefault(level.id(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      String what = indicator.id() + " at " + level.id() + " level, " + period;
      assertThat(sum[0]).as(what + ": numerators").isEqualByComparingTo(council[0]);
      if (!rate) {
        // a rate's council denominator is the child population, which has no breakdown
        assertThat(sum[1]).as(what + ": denominators").isEqualByComparingTo(council[1]);
      }
    }
  }
}
