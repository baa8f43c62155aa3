package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 564: "Child was missing or away from placement without authorisation and the date started is
 * blank."
 */
class Rule564Test {
  @Test
  void aPeriodWithAStartPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Missing", "CHILD,MISSING,MIS_START", "1,M,01/05/2025");
    assertThat(f.check(new Rule564(), "1")).isEmpty();
  }

  @Test
  void aPeriodWithoutAStartFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Missing", "CHILD,MISSING,MIS_START", "1,A,");
    assertThat(flagged(f.check(new Rule564(), "1"))).containsExactly("Missing:2:MIS_START");
  }
}
