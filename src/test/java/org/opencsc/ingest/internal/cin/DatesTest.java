package org.opencsc.ingest.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

  @Test
  void readsRealCalendarDatesInTheCensusForm() {
    assertThat(Dates.parse("2025-03-31")).contains(LocalDate.of(2025, 3, 31));
    assertThat(Dates.parse("2024-02-29")).contains(LocalDate.of(2024, 2, 29));
    assertThat(Dates.parse("1999-12-01")).contains(LocalDate.of(1999, 12, 1));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-02-29", // not a leap year
        "2025-13-01",
        "2025-00-10",
        "2025-04-31",
        "2025-4-01",
        "2025/04/01",
        "01/04/2025",
        "2025-04-01T00:00",
        "2025-0a-01",
        "２０２５-04-01", // digits that are not ASCII
        ""
      })
  void refusesAnythingElse(String text) {
    assertThat(Dates.parse(text)).isEmpty();
  }
}
