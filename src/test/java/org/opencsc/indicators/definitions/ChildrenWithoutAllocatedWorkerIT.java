package org.opencsc.indicators.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opencsc.council.ChildRow;
import org.opencsc.council.CouncilStructureService;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.indicators.FactRow;
import org.opencsc.indicators.IndicatorService;
import org.opencsc.indicators.IndicatorValue;
import org.opencsc.indicators.Level;
import org.opencsc.indicators.Period;
import org.opencsc.indicators.Side;
import org.opencsc.security.Scope;
import org.opencsc.testsupport.OpenCscIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.transaction.annotation.Transactional;

/**
 * Children open with no allocated worker, on the data file; the same children as the council's
 * list.
 */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/children_without_allocated_worker.sql"
})
class ChildrenWithoutAllocatedWorkerIT {

  static final String ID = "children_without_allocated_worker";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Autowired CouncilStructureService councilStructure;

  @Test
  void childrenOpenOnTheDayWithNoAllocationOpenThatDay() {
    IndicatorValue value = council(YEAR);

    assertThat(value.numerator()).isEqualByComparingTo("6");
    assertThat(value.value()).isEqualByComparingTo("6");
    assertThat(rows(YEAR, Side.NUMERATOR))
        .extracting(FactRow::childId, FactRow::recordId, FactRow::detail)
        .containsExactly(
            tuple("C01", "R01", "open as in need since 2024-06-01; never allocated"),
            tuple(
                "C02",
                "R02",
                "open as in need since 2024-05-01; last allocated to W1 until 2025-03-01"),
            tuple(
                "C04",
                "E04",
                "open as looked after since 2024-05-01; last allocated to W3 until 2025-03-31"),
            tuple("C06", "R06", "open as in need since 2025-03-31; never allocated"),
            tuple("C07", "R07", "open as in need since 2024-11-01; never allocated"),
            tuple(
                "C09",
                "R09",
                "open as on a protection plan since 2024-08-01; last allocated to W4 until 2025-02-01"));
  }

  @Test
  void theSameChildrenAsTheCouncilsListOfUnallocatedChildren() {
    ServedSnapshot served = indicators.servedSnapshot();

    assertThat(councilStructure.unallocatedChildren(served, Scope.ALL))
        .extracting(ChildRow::childId)
        .containsExactlyElementsOf(
            rows(YEAR, Side.NUMERATOR).stream().map(FactRow::childId).sorted().toList());
    assertThat(councilStructure.unallocatedCount(served)).isEqualTo(6);
  }

  @Test
  void aChildWithNoWorkerCountsForTheWorkerWhoLastHeldTheCase() {
    assertThat(fractions(YEAR, Level.TEAM))
        .isEqualTo(Map.of("unallocated", "3/0", "T1", "1/0", "T3", "2/0"));
    assertThat(fractions(YEAR, Level.WORKER))
        .isEqualTo(Map.of("unallocated", "3/0", "W1", "1/0", "W3", "1/0", "W4", "1/0"));
  }

  @Test
  void anEarlierDateCountsTheChildrenUnallocatedThen() {
    Period february = asAt(2025, 2, 15);

    assertThat(rows(february, Side.NUMERATOR))
        .extracting(FactRow::childId)
        .containsExactly("C01", "C05", "C07", "C09", "C10");
  }

  /** Each unit's numerator/denominator, as plain numbers ("2.5/6"). */
  private Map<String, String> fractions(Period period, Level level) {
    return indicators.values(period, level, ID).stream()
        .collect(
            Collectors.toMap(
                IndicatorValue::unitId,
                v ->
                    v.numerator().stripTrailingZeros().toPlainString()
                        + "/"
                        + v.denominator().stripTrailingZeros().toPlainString()));
  }

  private IndicatorValue council(Period period) {
    return indicators.values(period, Level.COUNCIL, ID).get(0);
  }

  private static Period asAt(int year, int month, int day) {
    return Period.yearTo(LocalDate.of(year, month, day));
  }

  private List<FactRow> rows(Period period, Side side) {
    return indicators.rows(period, ID, Level.COUNCIL, "council", side);
  }
}
