package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 434: "Reason for new episode is that child's legal status has changed but not the placement, but
 * this is not reflected in the episode data."
 */
class Rule434Test {

  @Test
  void consistentEpisodesPass() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,RNE,LS,PLACE,PL_POST,URN,PLACE_PROVIDER",
                "1,01/05/2025,S,C1,U4,AB1 2CD,SC1,PR1",
                "1,01/06/2025,L,C2,U4,AB1 2CD,SC1,PR1");
    assertThat(f.check(new Rule434(), "1")).isEmpty();
  }

  @Test
  void inconsistentEpisodesFail() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,RNE,LS,PLACE,PL_POST,URN,PLACE_PROVIDER",
                "1,01/05/2025,S,C1,U4,AB1 2CD,SC1,PR1",
                "1,01/06/2025,L,C2,U4,AB1 2CD,SC2,PR1");
    assertThat(flagged(f.check(new Rule434(), "1")))
        .containsExactly(
            "Episodes:3:RNE",
            "Episodes:3:LS",
            "Episodes:3:PLACE",
            "Episodes:3:PL_POST",
            "Episodes:3:URN",
            "Episodes:3:PLACE_PROVIDER");
  }
}
