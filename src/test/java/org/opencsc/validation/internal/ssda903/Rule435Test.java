package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 435: "Reason for new episode is that child’s placement has changed but not the legal status, but
 * this is not reflected in the episode data recorded."
 */
class Rule435Test {

  @Test
  void consistentEpisodesPass() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,RNE,LS,PLACE,PL_POST,URN,PLACE_PROVIDER",
                "1,01/05/2025,S,C2,U4,AB1 2CD,SC1,PR1",
                "1,01/06/2025,P,C2,U6,EF3 4GH,SC2,PR4");
    assertThat(f.check(new Rule435(), "1")).isEmpty();
  }

  @Test
  void inconsistentEpisodesFail() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,RNE,LS,PLACE,PL_POST,URN,PLACE_PROVIDER",
                "1,01/05/2025,S,C2,U4,AB1 2CD,SC1,PR1",
                "1,01/06/2025,P,C2,U4,AB1 2CD,SC1,PR1");
    assertThat(flagged(f.check(new Rule435(), "1")))
        .containsExactly(
            "Episodes:3:RNE",
            "Episodes:3:LS",
            "Episodes:3:PLACE",
            "Episodes:3:PL_POST",
            "Episodes:3:URN",
            "Episodes:3:PLACE_PROVIDER");
  }
}
