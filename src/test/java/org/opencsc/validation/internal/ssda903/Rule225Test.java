package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 225: "Reason for placement change must be recorded." */
class Rule225Test {

  private static final String EPISODES = "CHILD,DECOM,RNE,PLACE,REC,REASON_PLACE_CHANGE";

  @Test
  void aRecordedReasonOrAMoveToATemporaryPlacementPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                EPISODES,
                "1,01/05/2025,S,U1,X1,CARPL",
                "1,01/06/2025,P,U2,X1,",
                "1,01/07/2025,P,T3,,");
    assertThat(f.check(new Rule225(), "1")).isEmpty();
  }

  @Test
  void aChangeOfPlacementWithoutAReasonFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", EPISODES, "1,01/05/2025,S,U1,X1,", "1,01/06/2025,P,U2,,");
    assertThat(flagged(f.check(new Rule225(), "1")))
        .containsExactly("Episodes:2:REASON_PLACE_CHANGE");
  }
}
