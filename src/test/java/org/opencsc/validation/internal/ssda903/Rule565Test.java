package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 565: "The date that the child started to be missing or away from placement without authorisation
 * has been completed but whether the child was missing or away from placement without authorisation
 * has not been completed."
 */
class Rule565Test {
  @Test
  void aStartWithMissingOrAwayPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Missing", "CHILD,MISSING,MIS_START", "1,M,01/05/2025");
    assertThat(f.check(new Rule565(), "1")).isEmpty();
  }

  @Test
  void aStartWithoutMissingOrAwayFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Missing", "CHILD,MISSING,MIS_START", "1,,01/05/2025");
    assertThat(flagged(f.check(new Rule565(), "1"))).containsExactly("Missing:2:MISSING");
  }
}
