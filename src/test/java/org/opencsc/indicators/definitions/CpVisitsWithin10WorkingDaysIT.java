package org.opencsc.indicators.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
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

/**
 * cp_visits_within_10_working_days (local standard 10) on the plans of its data file, whose header
 * works out every figure, as at a Monday just after Christmas and at 31 March.
 */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/cp_visits_within_10_working_days.sql"
})
class CpVisitsWithin10WorkingDaysIT {

  static final String ID = "cp_visits_within_10_working_days";
  static final Period AFTER_CHRISTMAS =
      Period.of(LocalDate.of(2025, 1, 6), null, Attribution.EVENT);
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void acrossChristmasTheBankHolidaysAreNotWorkingDays() {
    IndicatorValue council = indicators.values(AFTER_CHRISTMAS, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("4");
    assertThat(council.denominator()).isEqualByComparingTo("6");
    assertThat(council.value()).isEqualByComparingTo("66.6667");
    // seen on 19 December is 9 working days before Monday 6 January, on 18 December 10: the next
    // visit fell due on the 6th and was not made. C04's plan, open since the 18th, had a visit due
    // and none made; C05's, open since the 19th, had none due yet (no row)
    assertThat(indicators.rows(AFTER_CHRISTMAS, ID, Level.COUNCIL, "council", Side.DENOMINATOR))
        .extracting(FactRow::childId, r -> r.numerator().intValueExact(), FactRow::detail)
        .containsExactlyInAnyOrder(
            tuple("C01", 1, "last seen 2024-12-19, 9 working day(s) before the period end"),
            tuple("C02", 0, "last seen 2024-12-18, 10 working day(s) before the period end"),
            tuple("C03", 1, "last seen 2024-12-23, 7 working day(s) before the period end"),
            tuple("C04", 0, "not seen on a visit since the plan started on 2024-12-18"),
            tuple("C06", 1, "last seen 2025-01-06, 0 working day(s) before the period end"),
            tuple("C07", 1, "last seen 2025-01-02, 2 working day(s) before the period end"));
    assertThat(figures(AFTER_CHRISTMAS, Level.WORKER))
        .containsExactlyInAnyOrder(
            tuple("W1", 1, 2), tuple("W2", 1, 2), tuple("W3", 1, 1), tuple("W4", 1, 1));
  }

  @Test
  void atTheYearEndOnlyVisitsWhereTheChildWasSeenCount() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("2");
    assertThat(council.denominator()).isEqualByComparingTo("7");
    assertThat(council.value()).isEqualByComparingTo("28.5714");
    // C03 was last seen on 23 December (the visits of 3 January and 28 March did not see the
    // child); C06's plan ended on 31 March; C08's plan is 10 working days old (in), C09's 9 (out);
    // C07's earlier plan's visit does not count for its current plan
    assertThat(indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.DENOMINATOR))
        .extracting(FactRow::childId, r -> r.numerator().intValueExact(), FactRow::detail)
        .containsExactlyInAnyOrder(
            tuple("C01", 1, "last seen 2025-03-18, 9 working day(s) before the period end"),
            tuple("C02", 0, "last seen 2025-03-17, 10 working day(s) before the period end"),
            tuple("C03", 0, "last seen 2024-12-23, 67 working day(s) before the period end"),
            tuple("C04", 1, "last seen 2025-03-31, 0 working day(s) before the period end"),
            tuple("C05", 0, "last seen 2025-03-14, 11 working day(s) before the period end"),
            tuple("C07", 0, "last seen 2025-01-02, 62 working day(s) before the period end"),
            tuple("C08", 0, "not seen on a visit since the plan started on 2025-03-17"));
  }

  @Test
  void eachPlanCountsForTheWorkerHoldingTheCaseAtThePeriodEnd() {
    assertThat(figures(YEAR, Level.WORKER))
        .containsExactlyInAnyOrder(
            tuple("W1", 1, 2),
            tuple("W2", 1, 2),
            tuple("W3", 0, 1),
            tuple("W4", 0, 1),
            tuple("unallocated", 0, 1));
    assertThat(figures(YEAR, Level.TEAM))
        .containsExactlyInAnyOrder(
            tuple("T1", 1, 2), tuple("T2", 1, 2), tuple("T3", 0, 2), tuple("unallocated", 0, 1));
    assertThat(indicators.values(YEAR, Level.SERVICE_AREA, ID))
        .extracting(IndicatorValue::unitId, IndicatorValue::value)
        .containsExactlyInAnyOrder(
            tuple("SA1", new BigDecimal("50.0000")),
            tuple("SA2", new BigDecimal("0.0000")),
            tuple("unallocated", new BigDecimal("0.0000")));
    assertThat(indicators.rows(YEAR, ID, Level.TEAM, "T2", Side.NUMERATOR))
        .extracting(FactRow::childId)
        .containsExactly("C04");
  }

  private List<Tuple> figures(Period period, Level level) {
    return indicators.values(period, level, ID).stream()
        .map(v -> tuple(v.unitId(), v.numerator().intValueExact(), v.denominator().intValueExact()))
        .toList();
  }
}
