package org.opencsc.generator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opencsc.generator.CouncilSize;

/** The size arithmetic (national is England) and the working-day calendar. */
class ScaleAndCalendarTest {

  private static int day(int year, int month, int dayOfMonth) {
    return (int) LocalDate.of(year, month, dayOfMonth).toEpochDay();
  }

  @Test
  void nationalIsEnglandAndTheOtherSizesAreShares() {
    assertThat(Scale.factor(CouncilSize.NATIONAL)).isEqualTo(1.0);
    assertThat(Scale.children(CouncilSize.NATIONAL)).isEqualTo(800_000);
    assertThat(Scale.expectedReferrals(CouncilSize.NATIONAL)).isEqualTo(632_830.0);
    assertThat(Scale.expectedLookedAfter(CouncilSize.NATIONAL)).isEqualTo(81_770.0);
    // large: 20,000 / 800,000 = 2.5% of England, so 15,821 referrals and 2,044 looked after
    assertThat(Scale.expectedReferrals(CouncilSize.LARGE)).isCloseTo(15_820.75, within(0.01));
    assertThat(Scale.expectedLookedAfter(CouncilSize.LARGE)).isCloseTo(2_044.25, within(0.01));
    assertThat(Scale.children(CouncilSize.BENCHMARK)).isEqualTo(50_000);
    assertThat(Scale.expectedLookedAfter(CouncilSize.BENCHMARK))
        .isCloseTo(5_110.625, within(0.001));
    assertThat(Scale.factor(CouncilSize.SMALL)).isEqualTo(0.00125);
  }

  @Test
  void agencyHireShareGivesTheAgencyRate() {
    double p = Calibration.AGENCY_HIRE_SHARE;
    double agencyTime = p * Calibration.AGENCY_TENURE_YEARS;
    double share = agencyTime / (agencyTime + (1 - p) * Calibration.PERMANENT_TENURE_YEARS);
    assertThat(share).isCloseTo(Calibration.AGENCY_RATE, within(1e-9));
  }

  @Test
  void workingDaysSkipWeekendsAndBankHolidays() {
    WorkingDays days = WorkingDays.ENGLAND;
    // Thursday 17 April 2025 + 1 working day skips Good Friday, the weekend and Easter Monday
    assertThat(days.plus(day(2025, 4, 17), 1)).isEqualTo(day(2025, 4, 22));
    assertThat(days.isWorkingDay(day(2025, 12, 25))).isFalse();
    assertThat(days.isWorkingDay(day(2025, 12, 27))).isFalse();
    assertThat(days.isWorkingDay(day(2025, 12, 29))).isTrue();
    // Monday 2 June 2025 to Monday 9 June 2025: five working days
    assertThat(days.between(day(2025, 6, 2), day(2025, 6, 9))).isEqualTo(5);
    // a Saturday plus 0 is the next Monday; plus 1 is that Monday too
    assertThat(days.plus(day(2025, 6, 7), 0)).isEqualTo(day(2025, 6, 9));
    assertThat(days.plus(day(2025, 6, 7), 1)).isEqualTo(day(2025, 6, 9));
    int start = day(2025, 9, 1);
    assertThat(days.between(start, days.plus(start, 45))).isEqualTo(45);
  }
}
