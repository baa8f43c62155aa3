package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 526: "Child is missing a placement provider code for at least one episode." */
class Rule526Test {
  @Test
  void aProviderOrATemporaryPlacementPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,PLACE,PLACE_PROVIDER",
                "1,01/05/2025,U1,PR1",
                "1,01/06/2025,T1,");
    assertThat(f.check(new Rule526(), "1")).isEmpty();
  }

  @Test
  void aMissingProviderFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,PLACE,PLACE_PROVIDER", "1,01/05/2025,U1,");
    assertThat(flagged(f.check(new Rule526(), "1"))).containsExactly("Episodes:2:PLACE_PROVIDER");
  }
}
