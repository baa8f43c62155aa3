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

/** Children per case-holding worker, on the workers and allocations of the data file. */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/caseload_per_worker.sql"
})
class CaseloadPerWorkerIT {

  static final String ID = "caseload_per_worker";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void theCouncilsCaseloadIsItsCaseHoldersChildrenPerFte() {
    IndicatorValue council = council(YEAR);

    assertThat(council.numerator()).isEqualByComparingTo("10");
    assertThat(council.denominator()).isEqualByComparingTo("5.5");
    assertThat(council.value()).isEqualByComparingTo("1.8182");
    // the manager with a case (W5) counts, the worker without a case-holding role or a case (W6),
    // the leaver (W7) and the starter (W8) do not; W9 leaves that day and is in post
    assertThat(rows(YEAR, Side.DENOMINATOR))
        .extracting(FactRow::workerId)
        .containsExactly("W1", "W2", "W3", "W4", "W5", "W9");
  }

  @Test
  void eachWorkersFigureIsTheirOwnCaseloadAndTeamsAddUp() {
    assertThat(fractions(YEAR, Level.WORKER))
        .isEqualTo(
            Map.of("W1", "3/1", "W2", "2/1", "W3", "3/0.5", "W4", "0/1", "W5", "1/1", "W9", "1/1"));
    assertThat(
            indicators.values(YEAR, Level.WORKER, ID).stream()
                .filter(v -> v.unitId().equals("W3"))
                .findFirst()
                .orElseThrow()
                .value())
        .isEqualByComparingTo("6");
    assertThat(fractions(YEAR, Level.TEAM))
        .isEqualTo(Map.of("T1", "3/1", "T2", "3/2", "T3", "4/2.5"));
    assertThat(fractions(YEAR, Level.SERVICE_AREA)).isEqualTo(Map.of("SA1", "6/3", "SA2", "4/2.5"));
    assertThat(indicators.rows(YEAR, ID, Level.WORKER, "W3", Side.ALL))
        .extracting(FactRow::recordId, FactRow::detail, FactRow::teamId)
        .containsExactly(tuple("W3", "3 children on 0.5 FTE: 6.0 per FTE", "T3"));
  }

  @Test
  void aChildCountsForTheWorkerWhoseAllocationIsOpenOnTheDay() {
    Period march14 = asAt(2025, 3, 14);

    assertThat(fractions(march14, Level.COUNCIL)).isEqualTo(Map.of("council", "9/6.5"));
    assertThat(council(march14).value()).isEqualByComparingTo("1.3846");
    assertThat(fractions(march14, Level.WORKER))
        .containsEntry("W1", "3/1")
        .containsEntry("W2", "1/1")
        .containsEntry("W7", "1/1")
        .containsEntry("W9", "0/1");
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
