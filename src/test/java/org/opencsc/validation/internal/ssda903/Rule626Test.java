package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 626: "Child was reported as a mother but the date of birth of the first child is before the
 * current year which contradicts with the mother status recorded last year."
 */
class Rule626Test {
  private static Ssda903Fixture lastYear() {
    return Ssda903Fixture.of("2024-25").table("Header", "CHILD,MOTHER", "1,0");
  }

  @Test
  void aFirstChildBornThisYearPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,MOTHER,MC_DOB", "1,1,01/04/2025")
            .previous(lastYear());
    assertThat(f.check(new Rule626(), "1")).isEmpty();
  }

  @Test
  void aFirstChildBornBeforeTheYearFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,MOTHER,MC_DOB", "1,1,31/03/2025")
            .previous(lastYear());
    assertThat(flagged(f.check(new Rule626(), "1")))
        .containsExactly("Header:2:MOTHER", "Header:2:MC_DOB");
  }
}
