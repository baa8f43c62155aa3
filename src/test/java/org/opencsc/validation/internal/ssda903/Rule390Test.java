package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 390: "Reason episode ceased is adopted but child has not been previously placed for adoption."
 */
class Rule390Test {

  @Test
  void aConsistentEpisodePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,PLACE,REC", "1,A5,E11");
    assertThat(f.check(new Rule390(), "1")).isEmpty();
  }

  @Test
  void aContradictingEpisodeFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,PLACE,REC", "1,U4,E12");
    assertThat(flagged(f.check(new Rule390(), "1")))
        .containsExactly("Episodes:2:PLACE", "Episodes:2:REC");
  }
}
