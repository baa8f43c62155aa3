package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 381: "A period of care cannot end with a temporary placement." */
class Rule381Test {

  @Test
  void aConsistentEpisodePasses() {
    Ssda903Fixture f = Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,PLACE,REC", "1,T1,X1");
    assertThat(f.check(new Rule381(), "1")).isEmpty();
  }

  @Test
  void aContradictingEpisodeFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,PLACE,REC", "1,T4,E4A");
    assertThat(flagged(f.check(new Rule381(), "1")))
        .containsExactly("Episodes:2:PLACE", "Episodes:2:REC");
  }
}
