package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 408: "Child is placed for adoption with a placement order, but no placement order has been
 * recorded."
 */
class Rule408Test {

  @Test
  void aConsistentEpisodePasses() {
    Ssda903Fixture f = Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,PLACE,LS", "1,A6,E1");
    assertThat(f.check(new Rule408(), "1")).isEmpty();
  }

  @Test
  void aContradictingEpisodeFails() {
    Ssda903Fixture f = Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,PLACE,LS", "1,A5,C2");
    assertThat(flagged(f.check(new Rule408(), "1")))
        .containsExactly("Episodes:2:PLACE", "Episodes:2:LS");
  }
}
