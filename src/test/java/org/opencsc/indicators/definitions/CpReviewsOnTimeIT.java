package org.opencsc.indicators.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
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

/** cp_reviews_on_time on the plans of its data file, whose header works out every figure. */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/cp_reviews_on_time.sql"
})
class CpReviewsOnTimeIT {

  static final String ID = "cp_reviews_on_time";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void theShareOfPlansOfThreeMonthsOrMoreWhoseReviewsWereAllOnTime() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("4");
    assertThat(council.denominator()).isEqualByComparingTo("8");
    assertThat(council.value()).isEqualByComparingTo("50.0000");
  }

  @Test
  void eachPlanSaysWhichReviewWasLateOrWhenTheNextIsDue() {
    List<FactRow> rows = indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.DENOMINATOR);

    // not in scope: P05 (3 months on 2025-04-01), P09 (a day short), P11 (ended before the
    // period), P12 (same day)
    assertThat(rows)
        .extracting(FactRow::recordId, r -> r.numerator().intValueExact(), FactRow::detail)
        .containsExactlyInAnyOrder(
            tuple("P01", 1, "on time: 2 review(s); next due by 2025-09-01"),
            tuple("P02", 0, "late: review due by 2024-09-01 held on 2024-09-02"),
            tuple("P03", 1, "on time: 2 review(s); next due by 2025-04-09"),
            tuple("P04", 0, "late: review due by 2025-01-20 not held by the period end 2025-03-31"),
            tuple("P06", 0, "late: review due by 2025-03-31 not held by the period end 2025-03-31"),
            tuple("P07", 1, "on time: 1 review(s); next due by 2025-09-30"),
            tuple("P08", 1, "on time: 0 review(s); next due by 2024-08-15"),
            tuple("P10", 0, "late: review due by 2024-02-29 held on 2024-03-15"));
    assertThat(rows)
        .filteredOn(r -> r.recordId().equals("P08"))
        .extracting(FactRow::eventDate)
        .containsExactly(LocalDate.of(2024, 8, 15));
  }

  @Test
  void anOpenPlanCountsForTheWorkerAtThePeriodEndAnEndedOneForTheWorkerAtItsEnd() {
    assertThat(figures(Level.WORKER))
        .containsExactlyInAnyOrder(
            tuple("W1", 1, 2),
            tuple("W2", 1, 2),
            tuple("W3", 1, 2),
            tuple("W4", 1, 1),
            tuple("unallocated", 0, 1));
    assertThat(figures(Level.TEAM))
        .containsExactlyInAnyOrder(
            tuple("T1", 1, 2), tuple("T2", 1, 2), tuple("T3", 2, 3), tuple("unallocated", 0, 1));
    assertThat(indicators.values(YEAR, Level.SERVICE_AREA, ID))
        .extracting(IndicatorValue::unitId, IndicatorValue::value)
        .containsExactlyInAnyOrder(
            tuple("SA1", new BigDecimal("50.0000")),
            tuple("SA2", new BigDecimal("66.6667")),
            tuple("unallocated", new BigDecimal("0.0000")));
    assertThat(indicators.rows(YEAR, ID, Level.WORKER, "W3", Side.DENOMINATOR))
        .extracting(FactRow::childId)
        .containsExactlyInAnyOrder("C06", "C08");
    assertThat(indicators.rows(YEAR, ID, Level.WORKER, "W3", Side.NUMERATOR))
        .extracting(FactRow::childId)
        .containsExactly("C08");
  }

  private List<Tuple> figures(Level level) {
    return indicators.values(YEAR, level, ID).stream()
        .map(v -> tuple(v.unitId(), v.numerator().intValueExact(), v.denominator().intValueExact()))
        .toList();
  }
}
