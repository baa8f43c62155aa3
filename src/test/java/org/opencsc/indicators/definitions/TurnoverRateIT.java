package org.opencsc.indicators.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opencsc.indicators.Attribution;
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

/** The turnover of employed social workers, on the workers of the data file. */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/turnover_rate.sql"
})
class TurnoverRateIT {

  static final String ID = "turnover_rate";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void leaverFteInThePeriodOverEmployedFteInPostAtItsEnd() {
    IndicatorValue council = council(YEAR);

    assertThat(council.numerator()).isEqualByComparingTo("2.3");
    assertThat(council.denominator()).isEqualByComparingTo("3");
    assertThat(council.value()).isEqualByComparingTo("76.6667");
    // the leavers on the period's first and last days are in; the one the day before, and the
    // agency leaver, are not
    assertThat(rows(YEAR, Side.NUMERATOR))
        .extracting(FactRow::workerId, FactRow::eventDate, FactRow::detail)
        .containsExactly(
            tuple("W9", LocalDate.of(2024, 4, 1), "left on 2024-04-01 (Other), 0.8 FTE"),
            tuple("W5", LocalDate.of(2024, 10, 31), "left on 2024-10-31 (Resignation), 1 FTE"),
            tuple("W6", LocalDate.of(2025, 3, 31), "left on 2025-03-31 (Retired), 0.5 FTE"));
    assertThat(rows(YEAR, Side.DENOMINATOR))
        .extracting(FactRow::workerId)
        .containsExactlyInAnyOrder("W1", "W3", "W4", "W6");
  }

  @Test
  void aLeaverCountsForTheTeamTheyLeft() {
    assertThat(fractions(YEAR, Level.TEAM))
        .isEqualTo(Map.of("T1", "1/1", "T2", "0.8/0", "T3", "0.5/2"));
    assertThat(
            indicators.values(YEAR, Level.TEAM, ID).stream()
                .filter(v -> v.unitId().equals("T2"))
                .findFirst()
                .orElseThrow()
                .value())
        .isNull();
  }

  @Test
  void aShorterPeriodCountsOnlyItsLeavers() {
    Period winter =
        Period.of(LocalDate.of(2025, 3, 31), LocalDate.of(2024, 11, 1), Attribution.EVENT);

    assertThat(fractions(winter, Level.COUNCIL)).isEqualTo(Map.of("council", "0.5/3"));
    assertThat(council(winter).value()).isEqualByComparingTo("16.6667");
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
