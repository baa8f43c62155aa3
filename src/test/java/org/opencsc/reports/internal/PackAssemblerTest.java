package org.opencsc.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.indicators.TrendPoint;
import org.opencsc.indicators.UnitOfMeasure;

class PackAssemblerTest {

  private static final List<TrendPoint> MONTH_ENDS =
      List.of(point("2025-01-31", "20.0"), point("2025-02-28", "22.5"), point("2025-03-31", "30"));

  @Test
  void theChangeIsSinceTheLastMonthEndBeforeTheAsAtDatesMonth() {
    // as at 31 March 2025: the month end before March is 28 February, 22.5; 21.25 - 22.5 = -1.25
    assertThat(
            PackAssembler.change(
                new BigDecimal("21.25"),
                MONTH_ENDS,
                LocalDate.of(2025, 3, 31),
                UnitOfMeasure.PERCENT))
        .isEqualTo(new Change("-1.3", LocalDate.of(2025, 2, 28)));
    // as at 15 March the same month end counts, not the 31 March one after it
    assertThat(
            PackAssembler.change(
                new BigDecimal("25"), MONTH_ENDS, LocalDate.of(2025, 3, 15), UnitOfMeasure.COUNT))
        .isEqualTo(new Change("+3", LocalDate.of(2025, 2, 28)));
  }

  @Test
  void noChangeWithoutAValueOrAnEarlierMonthEnd() {
    assertThat(
            PackAssembler.change(
                new BigDecimal("5"), MONTH_ENDS, LocalDate.of(2025, 1, 31), UnitOfMeasure.COUNT))
        .isNull();
    assertThat(
            PackAssembler.change(null, MONTH_ENDS, LocalDate.of(2025, 3, 31), UnitOfMeasure.COUNT))
        .isNull();
  }

  private static TrendPoint point(String asAt, String value) {
    LocalDate date = LocalDate.parse(asAt);
    return new TrendPoint(
        date,
        date.minusYears(1).plusDays(1),
        BigDecimal.ONE,
        BigDecimal.ONE,
        new BigDecimal(value));
  }
}
