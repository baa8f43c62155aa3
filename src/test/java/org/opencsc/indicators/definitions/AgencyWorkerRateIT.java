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

/** The agency share of social work FTE, on the workers of the data file. */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/agency_worker_rate.sql"
})
class AgencyWorkerRateIT {

  static final String ID = "agency_worker_rate";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void agencyFteOverAllFteInPostOnTheDay() {
    IndicatorValue council = council(YEAR);

    assertThat(council.numerator()).isEqualByComparingTo("2.5");
    assertThat(council.denominator()).isEqualByComparingTo("6");
    assertThat(council.value()).isEqualByComparingTo("41.6667");
    // the starter (W7) and the leaver on the day (W8) are in post; W6, who left, is not
    assertThat(rows(YEAR, Side.DENOMINATOR))
        .extracting(FactRow::workerId)
        .containsExactlyInAnyOrder("W1", "W2", "W3", "W4", "W5", "W7", "W8");
    assertThat(rows(YEAR, Side.NUMERATOR))
        .extracting(FactRow::workerId, FactRow::detail)
        .containsExactlyInAnyOrder(
            tuple("W2", "agency, 1 FTE"),
            tuple("W5", "agency, 0.5 FTE"),
            tuple("W8", "agency, 1 FTE"));
  }

  @Test
  void aWorkerCountsForTheTeamTheyAreInOnTheDay() {
    assertThat(fractions(YEAR, Level.TEAM))
        .isEqualTo(Map.of("T1", "0/3", "T2", "2/2", "T3", "0.5/1"));
    assertThat(fractions(YEAR, Level.SERVICE_AREA)).isEqualTo(Map.of("SA1", "2/5", "SA2", "0.5/1"));

    Period december = asAt(2024, 12, 31);
    assertThat(fractions(december, Level.COUNCIL)).isEqualTo(Map.of("council", "3.5/6"));
    assertThat(council(december).value()).isEqualByComparingTo("58.3333");
    assertThat(fractions(december, Level.TEAM)).containsEntry("T3", "0.5/2");
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
