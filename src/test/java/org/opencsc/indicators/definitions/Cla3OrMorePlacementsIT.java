package org.opencsc.indicators.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
 * cla_3_or_more_placements on the children of {@code
 * definitions/fixtures/cla_3_or_more_placements.sql}, whose header works out every figure.
 */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/cla_3_or_more_placements.sql"
})
class Cla3OrMorePlacementsIT {

  static final String ID = "cla_3_or_more_placements";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void isTheShareOfChildrenLookedAfterAtTheEndWithThreeOrMorePlacements() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("2");
    assertThat(council.denominator()).isEqualByComparingTo("6");
    assertThat(council.value()).isEqualByComparingTo("33.3333");
  }

  @Test
  void eachChildCountsForTheWorkerHoldingTheCaseAtTheEnd() {
    assertThat(figures(Level.TEAM))
        .isEqualTo(Map.of("T3", "1/3", "T1", "0/2", "unallocated", "1/1"));
    assertThat(figures(Level.WORKER))
        .isEqualTo(Map.of("W3", "1/1", "W4", "0/2", "W1", "0/2", "unallocated", "1/1"));
  }

  @Test
  void countsThePlacementSpanningThePeriodsStartButNotOneEndingOnIt() {
    var rows = indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.DENOMINATOR);

    // C07 ceased on the last day and C08 left care at 18: no rows
    assertThat(rows)
        .extracting(FactRow::childId)
        .containsExactlyInAnyOrder("C01", "C02", "C03", "C04", "C05", "C06");
    assertThat(detail(rows, "C01"))
        .isEqualTo("3 placements in the period, begun 2023-05-01, 2024-07-01, 2024-12-01");
    assertThat(start(rows, "C01")).isEqualTo(LocalDate.of(2023, 5, 1));
    // E03A ended on 2024-04-01, the period's first day; the T episode is a new placement
    assertThat(detail(rows, "C03"))
        .isEqualTo("2 placements in the period, begun 2024-04-01, 2024-09-01");
    // a change of legal status only (L) is the same placement
    assertThat(detail(rows, "C02"))
        .isEqualTo("2 placements in the period, begun 2024-02-01, 2024-10-01");
    // short breaks (V3) are not placements
    assertThat(detail(rows, "C06")).isEqualTo("1 placement in the period, begun 2024-08-01");
  }

  @Test
  void theNumeratorsRowsAreTheChildrenWithThreeOrMore() {
    assertThat(indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.NUMERATOR))
        .extracting(FactRow::childId, FactRow::recordId)
        .containsExactlyInAnyOrder(tuple("C01", "E01C"), tuple("C04", "E04C"));
    assertThat(indicators.rows(YEAR, ID, Level.TEAM, IndicatorService.UNALLOCATED, Side.NUMERATOR))
        .extracting(FactRow::detail)
        .containsExactly("3 placements in the period, begun 2024-04-15, 2024-09-01, 2024-11-15");
  }

  private Map<String, String> figures(Level level) {
    return indicators.values(YEAR, level, ID).stream()
        .collect(
            Collectors.toMap(
                IndicatorValue::unitId,
                v -> v.numerator().toBigInteger() + "/" + v.denominator().toBigInteger()));
  }

  private static String detail(List<FactRow> rows, String childId) {
    return row(rows, childId).detail();
  }

  private static LocalDate start(List<FactRow> rows, String childId) {
    return row(rows, childId).startDate();
  }

  private static FactRow row(List<FactRow> rows, String childId) {
    return rows.stream().filter(r -> childId.equals(r.childId())).findFirst().orElseThrow();
  }
}
