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
 * The vacancy rate at the latest workforce census, on the censuses and workers of the data file.
 */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/vacancy_rate.sql"
})
class VacancyRateIT {

  static final String ID = "vacancy_rate";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void vacanciesOverVacanciesAndEmployedFteAtTheLatestCensus() {
    IndicatorValue council = council(YEAR);

    assertThat(council.numerator()).isEqualByComparingTo("1.5");
    assertThat(council.denominator()).isEqualByComparingTo("5");
    assertThat(council.value()).isEqualByComparingTo("30");
    // agency workers (W2, W7) and the starter after the census (W6) are not in the denominator
    assertThat(rows(YEAR, Side.DENOMINATOR))
        .extracting(FactRow::recordId)
        .containsExactlyInAnyOrder("vacancies", "W1", "W3", "W4", "W5");
    assertThat(rows(YEAR, Side.NUMERATOR))
        .extracting(FactRow::recordId, FactRow::workerId, FactRow::eventDate, FactRow::detail)
        .containsExactly(
            tuple(
                "vacancies",
                null,
                LocalDate.of(2024, 9, 30),
                "1.5 FTE vacant at the census of 2024-09-30"));
  }

  @Test
  void theVacanciesBelongToNoTeam() {
    assertThat(fractions(YEAR, Level.TEAM))
        .isEqualTo(Map.of("unallocated", "1.5/1.5", "T1", "0/1", "T2", "0/1", "T3", "0/1.5"));
    IndicatorValue noTeam =
        indicators.values(YEAR, Level.TEAM, ID).stream()
            .filter(v -> v.unitId().equals(IndicatorService.UNALLOCATED))
            .findFirst()
            .orElseThrow();
    assertThat(noTeam.unitName()).isEqualTo("No team");
  }

  @Test
  void anEarlierDateReadsTheCensusBeforeItAndNoCensusGivesNoFigure() {
    Period september = asAt(2024, 9, 29);
    assertThat(fractions(september, Level.COUNCIL)).isEqualTo(Map.of("council", "3/6.5"));
    assertThat(council(september).value()).isEqualByComparingTo("46.1538");

    IndicatorValue none = council(asAt(2023, 9, 29));
    assertThat(none.denominator()).isEqualByComparingTo("0");
    assertThat(none.value()).isNull();
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
