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

/** Case-holding workers supervised within 20 working days, on the data file's supervisions. */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/supervisions_on_time.sql"
})
class SupervisionsOnTimeIT {

  static final String ID = "supervisions_on_time";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));
  static final Period CHRISTMAS = Period.yearTo(LocalDate.of(2025, 1, 10));

  @Autowired IndicatorService indicators;

  @Test
  void exactlyTwentyWorkingDaysIsOnTimeTwentyOneIsNot() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("3");
    assertThat(council.denominator()).isEqualByComparingTo("5");
    assertThat(council.value()).isEqualByComparingTo("60");
    assertThat(rows(YEAR))
        .extracting(FactRow::workerId, FactRow::detail, FactRow::inNumerator)
        .containsExactly(
            tuple("W1", "last supervised on 2025-03-03, 20 working days before", true),
            tuple("W2", "last supervised on 2025-02-28, 21 working days before", false),
            tuple("W3", "last supervised on 2025-03-31, 0 working days before", true),
            tuple("W4", "never supervised", false),
            tuple("W7", "last supervised on 2025-03-10, 15 working days before", true));
  }

  @Test
  void theWorkingDaysSkipChristmasBoxingDayAndNewYearsDay() {
    assertThat(rows(CHRISTMAS))
        .extracting(FactRow::workerId, FactRow::detail, FactRow::inNumerator)
        .containsExactly(
            tuple("W1", "last supervised on 2024-12-10, 20 working days before", true),
            tuple("W2", "last supervised on 2024-12-09, 21 working days before", false),
            tuple("W3", "last supervised on 2024-12-20, 12 working days before", true),
            tuple("W4", "never supervised", false),
            tuple("W6", "last supervised on 2024-11-29, 27 working days before", false));
    assertThat(fractions(CHRISTMAS, Level.COUNCIL)).isEqualTo(Map.of("council", "2/5"));
  }

  @Test
  void aWorkerCountsForTheirTeam() {
    assertThat(fractions(YEAR, Level.TEAM))
        .isEqualTo(Map.of("T1", "2/2", "T2", "0/1", "T3", "1/2"));
    assertThat(fractions(CHRISTMAS, Level.TEAM))
        .isEqualTo(Map.of("T1", "1/1", "T2", "0/1", "T3", "1/3"));
  }

  private Map<String, String> fractions(Period period, Level level) {
    return indicators.values(period, level, ID).stream()
        .collect(
            Collectors.toMap(
                IndicatorValue::unitId,
                v -> v.numerator().toBigInteger() + "/" + v.denominator().toBigInteger()));
  }

  private List<FactRow> rows(Period period) {
    return indicators.rows(period, ID, Level.COUNCIL, "council", Side.DENOMINATOR);
  }
}
