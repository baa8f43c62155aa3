package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 353: "No episode submitted can start before 14 October 1991." */
class Rule353Test {

  @Test
  void aStartOnTheDayPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,DECOM", "1,14/10/1991");
    assertThat(f.check(new Rule353(), "1")).isEmpty();
  }

  @Test
  void anEarlierStartFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,DECOM", "1,13/10/1991");
    assertThat(flagged(f.check(new Rule353(), "1"))).containsExactly("Episodes:2:DECOM");
  }
}
