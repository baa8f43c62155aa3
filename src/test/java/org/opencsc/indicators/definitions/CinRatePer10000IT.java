package org.opencsc.indicators.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opencsc.indicators.FactRow;
import org.opencsc.indicators.IndicatorService;
import org.opencsc.indicators.IndicatorValue;
import org.opencsc.indicators.Level;
import org.opencsc.indicators.Period;
import org.opencsc.indicators.Side;
import org.opencsc.testsupport.OpenCscIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.transaction.annotation.Transactional;

/**
 * cin_rate_per_10000 on the episodes of children_in_need_at_period_end's data file (the rate is of
 * the same children, so it reads the same data), with 2,000 children in the area.
 */
@OpenCscIT
@Transactional
@TestPropertySource(properties = "opencsc.council.child-population=2000")
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/children_in_need_at_period_end.sql"
})
class CinRatePer10000IT {

  static final String ID = "cin_rate_per_10000";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));
  static final Period TO_DECEMBER = Period.yearTo(LocalDate.of(2024, 12, 31));

  @Autowired IndicatorService indicators;

  @Test
  void sevenChildrenInNeedAmongTwoThousandAre35Per10000() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("7");
    assertThat(council.denominator()).isEqualByComparingTo("2000");
    assertThat(council.value()).isEqualByComparingTo("35.0000");
    assertThat(indicators.values(TO_DECEMBER, Level.COUNCIL, ID).get(0).value())
        .isEqualByComparingTo("30.0000");
  }

  @Test
  void belowTheCouncilTheFigureIsTheNumberOfChildren() {
    assertThat(Figures.of(indicators.values(YEAR, Level.SERVICE_AREA, ID)))
        .containsOnly(
            Figures.entry("SA1", "4/0 = -"),
            Figures.entry("SA2", "2/0 = -"),
            Figures.entry("unallocated", "1/0 = -"));
  }

  @Test
  void theRowsAreTheSameChildrenAsTheCount() {
    assertThat(indicators.rows(YEAR, ID, Level.COUNCIL, "council", Side.NUMERATOR))
        .extracting(FactRow::childId)
        .containsExactlyElementsOf(
            indicators
                .rows(YEAR, "children_in_need_at_period_end", Level.COUNCIL, "council", Side.ALL)
                .stream()
                .map(FactRow::childId)
                .toList())
        .containsExactly("C01", "C03", "C04", "C05", "C06", "C09", "C10");
  }
}
