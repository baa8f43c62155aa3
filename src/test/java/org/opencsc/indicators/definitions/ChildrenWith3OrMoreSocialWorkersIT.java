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

/** Children who had 3 or more social workers in the 12 months to the day, on the data file. */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/children_with_3_or_more_social_workers.sql"
})
class ChildrenWith3OrMoreSocialWorkersIT {

  static final String ID = "children_with_3_or_more_social_workers";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void threeDifferentWorkersInTheTwelveMonthsToTheDay() {
    IndicatorValue council = council(YEAR);

    assertThat(council.numerator()).isEqualByComparingTo("3");
    assertThat(council.denominator()).isEqualByComparingTo("7");
    assertThat(council.value()).isEqualByComparingTo("42.8571");
    assertThat(rows(YEAR, Side.NUMERATOR))
        .extracting(FactRow::childId, FactRow::detail)
        .containsExactly(
            tuple("C01", "3 social workers in the 12 months from 2024-04-01: W1, W2, W3"),
            tuple("C03", "3 social workers in the 12 months from 2024-04-01: W1, W2, W3"),
            tuple("C08", "4 social workers in the 12 months from 2024-04-01: W1, W2, W3, W4"));
    // C05 has no worker on the day; C02's first worker ended the day the 12 months began, C04's
    // came back, and C07's allocation of no days is no worker
    assertThat(rows(YEAR, Side.DENOMINATOR))
        .filteredOn(r -> !r.inNumerator())
        .extracting(FactRow::childId, FactRow::detail)
        .containsExactly(
            tuple("C02", "2 social workers in the 12 months from 2024-04-01: W2, W4"),
            tuple("C04", "2 social workers in the 12 months from 2024-04-01: W1, W2"),
            tuple("C06", "1 social worker in the 12 months from 2024-04-01: W4"),
            tuple("C07", "2 social workers in the 12 months from 2024-04-01: W3, W4"));
  }

  @Test
  void aChildCountsForTheirWorkerOnTheDay() {
    assertThat(fractions(YEAR, Level.WORKER))
        .isEqualTo(Map.of("W1", "0/1", "W3", "2/2", "W4", "1/4"));
    assertThat(fractions(YEAR, Level.TEAM)).isEqualTo(Map.of("T1", "0/1", "T3", "3/6"));
  }

  @Test
  void theTwelveMonthsMoveWithTheDay() {
    Period december = asAt(2024, 12, 31);

    assertThat(fractions(december, Level.COUNCIL)).isEqualTo(Map.of("council", "5/8"));
    assertThat(rows(december, Side.NUMERATOR))
        .extracting(FactRow::childId)
        .containsExactly("C01", "C02", "C03", "C05", "C08");
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
