package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CinFactsTest {

  @Test
  void easterSundayIsTheChurchsDate() {
    assertThat(EnglandWorkingDays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(EnglandWorkingDays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    assertThat(EnglandWorkingDays.easterSunday(2016)).isEqualTo(LocalDate.of(2016, 3, 27));
  }

  @Test
  void theWorkingDayBeforeSkipsWeekendsAndEaster() {
    // 1 April 2025 is a Tuesday
    assertThat(CinFacts.workingDayBefore(LocalDate.of(2025, 4, 1)))
        .isEqualTo(LocalDate.of(2025, 3, 31));
    // 1 April 2023 is a Saturday
    assertThat(CinFacts.workingDayBefore(LocalDate.of(2023, 4, 1)))
        .isEqualTo(LocalDate.of(2023, 3, 31));
    // 1 April 2024 is Easter Monday: Sunday, Saturday and Good Friday before it
    assertThat(CinFacts.workingDayBefore(LocalDate.of(2024, 4, 1)))
        .isEqualTo(LocalDate.of(2024, 3, 28));
  }
}
