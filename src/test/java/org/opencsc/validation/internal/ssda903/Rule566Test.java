package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 566: "The date that the child's episode of being missing or away from placement without
 * authorisation ended has been completed but whether the child was missing or away without
 * authorisation has not been completed."
 */
class Rule566Test {
  @Test
  void anEndWithMissingOrAwayPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Missing", "CHILD,MISSING,MIS_END", "1,A,01/05/2025");
    assertThat(f.check(new Rule566(), "1")).isEmpty();
  }

  @Test
  void anEndWithoutMissingOrAwayFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Missing", "CHILD,MISSING,MIS_END", "1,,01/05/2025");
    assertThat(flagged(f.check(new Rule566(), "1"))).containsExactly("Missing:2:MISSING");
  }
}
