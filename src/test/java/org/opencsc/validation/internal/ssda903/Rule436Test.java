package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 436: "Reason for new episode is that both child’s placement and legal status have changed, but
 * this is not reflected in the episode data."
 */
class Rule436Test {

  @Test
  void consistentEpisodesPass() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,RNE,LS,PLACE,PL_POST,URN,PLACE_PROVIDER",
                "1,01/05/2025,S,C1,U4,AB1 2CD,SC1,PR1",
                "1,01/06/2025,B,C2,K2,EF3 4GH,SC2,PR4");
    assertThat(f.check(new Rule436(), "1")).isEmpty();
  }

  @Test
  void inconsistentEpisodesFail() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,RNE,LS,PLACE,PL_POST,URN,PLACE_PROVIDER",
                "1,01/05/2025,S,C1,U4,AB1 2CD,SC1,PR1",
                "1,01/06/2025,U,C1,K2,EF3 4GH,SC2,PR4");
    assertThat(flagged(f.check(new Rule436(), "1")))
        .containsExactly(
            "Episodes:3:RNE",
            "Episodes:3:LS",
            "Episodes:3:PLACE",
            "Episodes:3:PL_POST",
            "Episodes:3:URN",
            "Episodes:3:PLACE_PROVIDER");
  }
}
