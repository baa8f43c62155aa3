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
 * cla_placed_more_than_20_miles on the children of {@code
 * definitions/fixtures/cla_placed_more_than_20_miles.sql}, whose header works out every figure.
 */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/cla_placed_more_than_20_miles.sql"
})
class ClaPlacedMoreThan20MilesIT {

  static final String ID = "cla_placed_more_than_20_miles";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void isTheShareOfChildrenWithAKnownDistancePlacedMoreThan20Miles() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("2");
    assertThat(council.denominator()).isEqualByComparingTo("5");
    assertThat(council.value()).isEqualByComparingTo("40");
  }

  @Test
  void eachChildCountsForTheWorkerHoldingTheCaseAtTheEnd() {
    assertThat(figures(Level.TEAM))
        .isEqualTo(Map.of("T3", "1/3", "T1", "0/1", "unallocated", "1/1"));
  }

  @Test
  void exactly20MilesIsNotMoreAndUnknownDistancesAreLeftOut() {
    // C05's distance is unknown, C06 is on short breaks, C07 ceased on the last day, C09 left
    // care at 18
    assertThat(indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.DENOMINATOR))
        .extracting(FactRow::childId)
        .containsExactlyInAnyOrder("C01", "C02", "C03", "C04", "C08");
    assertThat(indicators.rows(YEAR, ID, Level.TEAM, "T3", Side.NUMERATOR))
        .extracting(FactRow::childId, FactRow::detail)
        .containsExactly(tuple("C03", "placement U4 20.1 miles from home (NG7 to LE1)"));
    // the placement open on the last day, not the one before it
    assertThat(indicators.rows(YEAR, ID, Level.TEAM, "T1", Side.DENOMINATOR))
        .extracting(FactRow::recordId, FactRow::inNumerator)
        .containsExactly(tuple("E08B", false));
  }

  private Map<String, String> figures(Level level) {
    return indicators.values(YEAR, level, ID).stream()
        .collect(
            Collectors.toMap(
                IndicatorValue::unitId,
                v -> v.numerator().toBigInteger() + "/" + v.denominator().toBigInteger()));
  }
}
