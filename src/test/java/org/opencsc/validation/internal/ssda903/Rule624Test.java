package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 624: "Date of birth of the first child contradicts the date of birth of the first child
 * previously recorded."
 */
class Rule624Test {
  private static Ssda903Fixture lastYear() {
    return Ssda903Fixture.of("2024-25").table("Header", "CHILD,MC_DOB", "1,01/01/2025");
  }

  @Test
  void theSameDatePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,MC_DOB", "1,1/1/2025")
            .previous(lastYear());
    assertThat(f.check(new Rule624(), "1")).isEmpty();
  }

  @Test
  void aChangedDateFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,MC_DOB", "1,02/01/2025")
            .previous(lastYear());
    assertThat(flagged(f.check(new Rule624(), "1"))).containsExactly("Header:2:MC_DOB");
  }
}
