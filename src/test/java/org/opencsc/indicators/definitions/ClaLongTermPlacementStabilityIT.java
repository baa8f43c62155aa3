package org.opencsc.indicators.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
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
 * cla_long_term_placement_stability on the children of {@code
 * definitions/fixtures/cla_long_term_placement_stability.sql}, whose header works out every figure.
 */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/cla_long_term_placement_stability.sql"
})
class ClaLongTermPlacementStabilityIT {

  static final String ID = "cla_long_term_placement_stability";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void isTheShareOfLongTermChildrenWithTheSameCarersForTwoYears() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("5");
    assertThat(council.denominator()).isEqualByComparingTo("7");
    assertThat(council.value()).isEqualByComparingTo("71.4286");
  }

  @Test
  void eachChildCountsForTheWorkerHoldingTheCaseAtTheEnd() {
    assertThat(figures(Level.TEAM))
        .isEqualTo(Map.of("T3", "3/4", "T1", "1/2", "unallocated", "1/1"));
    assertThat(figures(Level.SERVICE_AREA))
        .isEqualTo(Map.of("SA2", "3/4", "SA1", "1/2", "unallocated", "1/1"));
    assertThat(figures(Level.WORKER))
        .isEqualTo(Map.of("W3", "1/2", "W4", "2/2", "W1", "1/2", "unallocated", "1/1"));
  }

  @Test
  void theCohortIsUnder16AndInCareContinuouslyForTwoAndAHalfYears() {
    // C02 turned 16 the day before the period's last day, C03 turns 16 the day after; C05 is a
    // day short of 2.5 years; C10 is on short breaks; C11's care was broken by a gap; C12 left
    // care at 18
    assertThat(indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.DENOMINATOR))
        .extracting(FactRow::childId)
        .containsExactlyInAnyOrder("C01", "C03", "C04", "C06", "C07", "C08", "C09");
  }

  @Test
  void sameCarersAndAdoptivePlacementsWithThePlacementBefore() {
    List<FactRow> rows = indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.NUMERATOR);

    assertThat(rows)
        .extracting(FactRow::childId)
        .containsExactlyInAnyOrder("C01", "C03", "C04", "C07", "C08");
    // exactly two years with the same carers
    assertThat(row(rows, "C04").startDate()).isEqualTo(LocalDate.of(2023, 4, 1));
    // T and L episodes keep the carers
    assertThat(row(rows, "C07").startDate()).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThat(row(rows, "C08").detail())
        .isEqualTo(
            "looked after since 2021-06-01, with the same carers since 2021-06-01"
                + " (adoptive placement from 2023-09-01 with the placement before it)");
    List<FactRow> t1 = indicators.rows(YEAR, ID, Level.TEAM, "T1", Side.DENOMINATOR);
    // C09's adoptive placement with the one before it only goes back to 2023-10-01
    assertThat(row(t1, "C09").startDate()).isEqualTo(LocalDate.of(2023, 10, 1));
    assertThat(row(t1, "C09").inNumerator()).isFalse();
    // a day short of two years
    assertThat(
            row(indicators.rows(YEAR, ID, Level.WORKER, "W3", Side.DENOMINATOR), "C06")
                .inNumerator())
        .isFalse();
  }

  private Map<String, String> figures(Level level) {
    return indicators.values(YEAR, level, ID).stream()
        .collect(
            Collectors.toMap(
                IndicatorValue::unitId,
                v -> v.numerator().toBigInteger() + "/" + v.denominator().toBigInteger()));
  }

  private static FactRow row(List<FactRow> rows, String childId) {
    return rows.stream().filter(r -> childId.equals(r.childId())).findFirst().orElseThrow();
  }
}
