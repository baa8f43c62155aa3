package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 570: "The date that the child started to be missing or away from placement without authorisation
 * is after the end of the collection year."
 */
class Rule570Test {
  @Test
  void aStartInTheYearPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Missing", "CHILD,MIS_START", "1,31/03/2026");
    assertThat(f.check(new Rule570(), "1")).isEmpty();
  }

  @Test
  void aStartAfterTheYearFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Missing", "CHILD,MIS_START", "1,01/04/2026");
    assertThat(flagged(f.check(new Rule570(), "1"))).containsExactly("Missing:2:MIS_START");
  }
}
