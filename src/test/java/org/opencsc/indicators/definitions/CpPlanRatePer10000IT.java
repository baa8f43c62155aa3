package org.opencsc.indicators.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

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
 * cp_plan_rate_per_10000 on the children of its data file (whose header works out every figure),
 * with a child population of 2,000.
 */
@OpenCscIT
@Transactional
@TestPropertySource(properties = "opencsc.council.child-population=2000")
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/cp_plan_rate_per_10000.sql"
})
class CpPlanRatePer10000IT {

  static final String ID = "cp_plan_rate_per_10000";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void dividesTheChildrenOnAPlanAtThePeriodEndByTheChildPopulation() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    // 3 children / 2,000 x 10,000
    assertThat(council.numerator()).isEqualByComparingTo("3");
    assertThat(council.denominator()).isEqualByComparingTo("2000");
    assertThat(council.value()).isEqualByComparingTo("15.0000");
    assertThat(council.unitOfMeasure()).isEqualTo("rate_per_10000");
  }

  @Test
  void theRowsAreTheChildrenOnAPlanOnTheLastDay() {
    // C04's plan ends on 31 March itself, C05's ended on the 18th birthday before it
    List<FactRow> rows = indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.NUMERATOR);
    assertThat(rows).extracting(FactRow::childId).containsExactlyInAnyOrder("C01", "C02", "C03");
    assertThat(rows).allSatisfy(row -> assertThat(row.inDenominator()).isFalse());
  }

  @Test
  void belowTheCouncilThereIsNoPopulationSoOnlyTheCount() {
    List<IndicatorValue> teams = indicators.values(YEAR, Level.TEAM, ID);

    assertThat(teams)
        .extracting(IndicatorValue::unitId, v -> v.numerator().intValueExact())
        .containsExactlyInAnyOrder(tuple("T1", 1), tuple("T2", 1), tuple("T3", 1));
    assertThat(teams).allSatisfy(v -> assertThat(v.value()).isNull());
    assertThat(indicators.rows(YEAR, ID, Level.TEAM, "T3", Side.NUMERATOR))
        .extracting(FactRow::childId)
        .containsExactly("C03");
  }
}
