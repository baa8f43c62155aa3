package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 384: "A child receiving respite care cannot be in a long-term foster placement" */
class Rule384Test {

  @Test
  void aConsistentEpisodePasses() {
    Ssda903Fixture f = Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,LS,PLACE", "1,V3,U6");
    assertThat(f.check(new Rule384(), "1")).isEmpty();
  }

  @Test
  void aContradictingEpisodeFails() {
    Ssda903Fixture f = Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,LS,PLACE", "1,V3,U4");
    assertThat(flagged(f.check(new Rule384(), "1")))
        .containsExactly("Episodes:2:LS", "Episodes:2:PLACE");
  }
}
