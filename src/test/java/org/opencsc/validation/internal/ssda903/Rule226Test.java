package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 226: "Reason for placement change is not required for temporary placements." */
class Rule226Test {

  private static final String EPISODES = "CHILD,DECOM,PLACE,REASON_PLACE_CHANGE";

  @Test
  void noReasonOnOrBeforeATemporaryPlacementPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                EPISODES,
                "1,01/05/2025,U1,",
                "1,01/06/2025,T1,",
                "1,01/07/2025,U2,CARPL");
    assertThat(f.check(new Rule226(), "1")).isEmpty();
  }

  @Test
  void aReasonOnOrBeforeATemporaryPlacementFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                EPISODES,
                "1,01/05/2025,U1,CARPL",
                "1,01/06/2025,T1,",
                "2,01/05/2025,T4,OTHER");
    assertThat(flagged(f.check(new Rule226(), "1")))
        .containsExactly("Episodes:2:REASON_PLACE_CHANGE");
    assertThat(flagged(f.check(new Rule226(), "2")))
        .containsExactly("Episodes:4:REASON_PLACE_CHANGE");
  }
}
