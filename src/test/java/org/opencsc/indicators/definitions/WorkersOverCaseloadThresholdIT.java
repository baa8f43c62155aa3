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

/** Case-holding workers over the caseload threshold (18 per FTE), on the data file. */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/workers_over_caseload_threshold.sql"
})
class WorkersOverCaseloadThresholdIT {

  static final String ID = "workers_over_caseload_threshold";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void aCaseloadOverTheThresholdCountsOneExactlyAtItDoesNot() {
    IndicatorValue council = council(YEAR);

    assertThat(council.numerator()).isEqualByComparingTo("2");
    assertThat(council.denominator()).isEqualByComparingTo("6");
    assertThat(council.value()).isEqualByComparingTo("33.3333");
    assertThat(rows(YEAR, Side.NUMERATOR))
        .extracting(FactRow::workerId, FactRow::detail)
        .containsExactly(
            tuple("W10", "20.0 per FTE (4 children on 0.2 FTE), over 18"),
            tuple("W11", "20.0 per FTE (2 children on 0.1 FTE), over 18"));
    assertThat(indicators.rows(YEAR, ID, Level.WORKER, "W3", Side.DENOMINATOR))
        .extracting(FactRow::detail)
        .containsExactly("18.0 per FTE (9 children on 0.5 FTE)");
  }

  @Test
  void teamsCountTheirOwnCaseHolders() {
    assertThat(fractions(YEAR, Level.TEAM))
        .isEqualTo(Map.of("T1", "1/2", "T2", "1/2", "T3", "0/2"));
    assertThat(fractions(YEAR, Level.SERVICE_AREA)).isEqualTo(Map.of("SA1", "2/4", "SA2", "0/2"));
  }

  @Test
  void aChildAllocatedAfterTheDayDoesNotCount() {
    assertThat(fractions(asAt(2025, 3, 30), Level.COUNCIL)).isEqualTo(Map.of("council", "1/6"));
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
