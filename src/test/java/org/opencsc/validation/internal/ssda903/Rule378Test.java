package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 378: "A child who is placed with parent(s) cannot be looked after under a single period of
 * accommodation under Section 20 of the Children Act 1989."
 */
class Rule378Test {

  @Test
  void aConsistentEpisodePasses() {
    Ssda903Fixture f = Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,PLACE,LS", "1,P1,C2");
    assertThat(f.check(new Rule378(), "1")).isEmpty();
  }

  @Test
  void aContradictingEpisodeFails() {
    Ssda903Fixture f = Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,PLACE,LS", "1,P1,V2");
    assertThat(flagged(f.check(new Rule378(), "1")))
        .containsExactly("Episodes:2:PLACE", "Episodes:2:LS");
  }
}
