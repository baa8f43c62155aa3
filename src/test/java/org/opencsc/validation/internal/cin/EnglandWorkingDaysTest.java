package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EnglandWorkingDaysTest {

  @Test
  void easterFallsWhereTheBankHolidaysListPutIt() {
    assertThat(EnglandWorkingDays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(EnglandWorkingDays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(EnglandWorkingDays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
  }

  @Test
  void bankHolidaysAndTheirSubstituteDaysAreNotWorkingDays() {
    assertThat(EnglandWorkingDays.isWorkingDay(LocalDate.of(2027, 3, 26))).isFalse();
    assertThat(EnglandWorkingDays.isWorkingDay(LocalDate.of(2027, 3, 29))).isFalse();
    assertThat(EnglandWorkingDays.isWorkingDay(LocalDate.of(2027, 12, 27))).isFalse();
    assertThat(EnglandWorkingDays.isWorkingDay(LocalDate.of(2027, 12, 28))).isFalse();
    assertThat(EnglandWorkingDays.isWorkingDay(LocalDate.of(2027, 12, 29))).isTrue();
    assertThat(EnglandWorkingDays.isWorkingDay(LocalDate.of(2028, 1, 3))).isFalse();
    assertThat(EnglandWorkingDays.isWorkingDay(LocalDate.of(2025, 5, 5))).isFalse();
    assertThat(EnglandWorkingDays.isWorkingDay(LocalDate.of(2025, 5, 26))).isFalse();
    assertThat(EnglandWorkingDays.isWorkingDay(LocalDate.of(2025, 8, 25))).isFalse();
    assertThat(EnglandWorkingDays.isWorkingDay(LocalDate.of(2025, 8, 26))).isTrue();
  }

  @Test
  void countsBackOverWeekendsAndEaster() {
    assertThat(EnglandWorkingDays.before(LocalDate.of(2026, 3, 31), 45))
        .isEqualTo(LocalDate.of(2026, 1, 27));
    assertThat(EnglandWorkingDays.before(LocalDate.of(2027, 3, 31), 15))
        .isEqualTo(LocalDate.of(2027, 3, 8));
  }
}
