package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 380: "A period of care cannot start with a temporary placement." */
class Rule380Test {

  @Test
  void aConsistentEpisodePasses() {
    Ssda903Fixture f = Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,PLACE,RNE", "1,T1,P");
    assertThat(f.check(new Rule380(), "1")).isEmpty();
  }

  @Test
  void aContradictingEpisodeFails() {
    Ssda903Fixture f = Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,PLACE,RNE", "1,T2,S");
    assertThat(flagged(f.check(new Rule380(), "1")))
        .containsExactly("Episodes:2:PLACE", "Episodes:2:RNE");
  }
}
