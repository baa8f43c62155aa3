package org.opencsc.indicators.definitions;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Care leavers aged 19 to 21 in suitable accommodation, on the data file's cohort. */
@OpenCscIT
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/definitions/fixtures/care_leavers_suitable_accommodation_19_21.sql"
})
class CareLeaversSuitableAccommodation1921IT {

  static final String ID = "care_leavers_suitable_accommodation_19_21";
  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired IndicatorService indicators;

  @Test
  void anAccommodationCodeEndingIn1IsSuitableWhoeverReportedIt() {
    IndicatorValue council = indicators.values(YEAR, Level.COUNCIL, ID).get(0);

    assertThat(council.numerator()).isEqualByComparingTo("5");
    assertThat(council.denominator()).isEqualByComparingTo("7");
    assertThat(council.value()).isEqualByComparingTo("71.4286");
    assertThat(rows(YEAR, Side.DENOMINATOR))
        .extracting(FactRow::childId)
        .containsExactly("C02", "C01", "C09", "C08", "C07", "C10", "C03");
    assertThat(fractions(YEAR, Level.TEAM))
        .isEqualTo(Map.of("T2", "0/1", "T3", "2/2", "unallocated", "3/4"));
  }

  @Test
  void aBirthdayWhoseContactIsAfterThePeriodIsNotCounted() {
    Period calendar2024 =
        Period.of(LocalDate.of(2024, 12, 31), LocalDate.of(2024, 1, 1), Attribution.EVENT);

    assertThat(fractions(calendar2024, Level.COUNCIL)).isEqualTo(Map.of("council", "3/5"));
    assertThat(rows(calendar2024, Side.NUMERATOR))
        .extracting(FactRow::childId)
        .containsExactly("C01", "C09", "C08");
  }

  private Map<String, String> fractions(Period period, Level level) {
    return indicators.values(period, level, ID).stream()
        .collect(
            Collectors.toMap(
                IndicatorValue::unitId,
                v -> v.numerator().toBigInteger() + "/" + v.denominator().toBigInteger()));
  }

  private List<FactRow> rows(Period period, Side side) {
    return indicators.rows(period, ID, Level.COUNCIL, "council", side);
  }
}
