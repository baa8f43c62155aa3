package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 366: "A child cannot change placement during the course of an individual short-term respite
 * break."
 */
class Rule366Test {

  @Test
  void aBreakStartingCarePasses() {
    Ssda903Fixture f = Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,LS,RNE", "1,V3,S");
    assertThat(f.check(new Rule366(), "1")).isEmpty();
  }

  @Test
  void aBreakWithAChangeOfPlacementFails() {
    Ssda903Fixture f = Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,LS,RNE", "1,V3,P");
    assertThat(flagged(f.check(new Rule366(), "1"))).containsExactly("Episodes:2:RNE");
  }
}
