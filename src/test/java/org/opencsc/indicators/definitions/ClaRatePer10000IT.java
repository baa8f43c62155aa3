package org.opencsc.indicators.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.indicators.FactRow;
import org.opencsc.indicators.IndicatorService;
import org.opencsc.indicators.IndicatorValue;
import org.opencsc.indicators.Level;
import org.opencsc.indicators.Period;
import org.opencsc.indicators.Side;
import org.opencsc.testsupport.OpenCscIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.transaction.annotation.Transactional;

/**
 * cla_rate_per_10000 on the children of {@code definitions/fixtures/cla_rate_per_10000.sql}, with a
 * child population of 12,000.
 */
@OpenCscIT
@Transactional
@TestPropertySource(properties = "opencsc.council.child-population=12000")
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/cla_rate_per_10000.sql"
})
class ClaRatePer10000IT {

  static final String ID = "cla_rate_per_10000";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void isTheChildrenLookedAfterPer10000OfTheChildPopulation() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    // 3 children x 10,000 / 12,000
    assertThat(council.numerator()).isEqualByComparingTo("3");
    assertThat(council.denominator()).isEqualByComparingTo("12000");
    assertThat(council.value()).isEqualByComparingTo("2.5");
    assertThat(council.unitOfMeasure()).isEqualTo("rate_per_10000");
  }

  @Test
  void belowTheCouncilTheChildrenAreCountedButHaveNoRate() {
    List<IndicatorValue> teams = indicators.values(YEAR, Level.TEAM, ID);

    assertThat(teams)
        .extracting(IndicatorValue::unitId, v -> v.numerator().intValueExact(), v -> v.value())
        .containsExactlyInAnyOrder(
            tuple("T1", 1, null), tuple("T3", 1, null), tuple("unallocated", 1, null));
  }

  @Test
  void theRowsAreTheChildrenLookedAfterOnTheLastDay() {
    // C02 is on short breaks (V4); C03 left care on the last day, her 18th birthday
    assertThat(indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.NUMERATOR))
        .extracting(FactRow::childId)
        .containsExactlyInAnyOrder("C01", "C04", "C05");
    assertThat(indicators.rows(YEAR, ID, Level.TEAM, "T3", Side.NUMERATOR))
        .extracting(FactRow::childId, FactRow::recordId)
        .containsExactly(tuple("C01", "E01"));
    assertThat(indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.DENOMINATOR)).isEmpty();
  }
}
